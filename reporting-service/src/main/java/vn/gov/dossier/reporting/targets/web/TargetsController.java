package vn.gov.dossier.reporting.targets.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import vn.gov.dossier.platform.application.Officer;
import vn.gov.dossier.platform.web.ApiException;
import vn.gov.dossier.platform.web.FieldError;
import vn.gov.dossier.reporting.indicators.Indicators;
import vn.gov.dossier.reporting.indicators.ReadingIndicators;
import vn.gov.dossier.reporting.indicators.Scope;
import vn.gov.dossier.reporting.targets.FollowingTargets;
import vn.gov.dossier.reporting.targets.Progress;
import vn.gov.dossier.reporting.targets.Target;

/**
 * Targets, for operations within their scope:
 * {@code PUT /api/v1/targets/{scope}/{indicator}} {@code {"value": 0.8, "deadline": "2026-12-31"}} sets one;
 * {@code DELETE} the same address removes it; {@code GET /api/v1/targets?scope=} lists the progress of each (the
 * national operator sees every scope's, a province's operator their province's and its communes').
 */
@RestController
@RequestMapping("/api/v1/targets")
class TargetsController {

    private final FollowingTargets following;
    private final ReadingIndicators reading;

    TargetsController(FollowingTargets following, ReadingIndicators reading) {
        this.following = following;
        this.reading = reading;
    }

    record Setting(Double value, LocalDate deadline) {
    }

    /** Sets a target for a rate of a scope, with its deadline. */
    @PutMapping("/{scope}/{indicator}")
    Mono<Target> set(@PathVariable String scope, @PathVariable String indicator, @RequestBody Setting setting, @AuthenticationPrincipal Officer officer) {
        Scope parsed = ownScope(scope, officer);
        List<FieldError> invalid = new ArrayList<>();
        if (!FollowingTargets.knownRate(indicator)) {
            invalid.add(new FieldError("indicator", "must be one of " + Indicators.RATES));
        }
        if (setting.value() == null || setting.value() <= 0 || setting.value() > 1) {
            invalid.add(new FieldError("value", "must be a rate above 0 and at most 1 (0.8 for 80 %)"));
        }
        if (setting.deadline() == null) {
            invalid.add(new FieldError("deadline", "is required"));
        }
        if (!invalid.isEmpty()) {
            throw ApiException.invalid(invalid);
        }
        return following.set(parsed, indicator, setting.value(), setting.deadline(), officer.name());
    }

    /** Removes a target. */
    @DeleteMapping("/{scope}/{indicator}")
    Mono<ResponseEntity<Void>> remove(@PathVariable String scope, @PathVariable String indicator, @AuthenticationPrincipal Officer officer) {
        Scope parsed = ownScope(scope, officer);
        return following.remove(parsed, indicator).filter(Boolean::booleanValue).map(removed -> ResponseEntity.status(HttpStatus.NO_CONTENT).<Void>build())
                .switchIfEmpty(Mono.error(() -> ApiException.notFound("No target of " + indicator + " is set for " + scope + ".")));
    }

    /** Targets with the current value, the days left and whether each is off track. */
    @GetMapping
    Flux<Progress> progress(@RequestParam(required = false) String scope, @AuthenticationPrincipal Officer officer) {
        Scope parsed = scope == null ? null : ownScope(scope, officer);
        return following.progress(parsed).filter(progress -> reading.readable(Scope.parse(progress.scope()), officer));
    }

    private Scope ownScope(String scope, Officer officer) {
        Scope parsed;
        try {
            parsed = Scope.parse(scope);
        } catch (IllegalArgumentException malformed) {
            throw ApiException.invalid(List.of(new FieldError("scope", malformed.getMessage())));
        }
        if (!reading.readable(parsed, officer)) {
            throw ApiException.forbidden("Your unit's targets do not cover " + scope + ".", List.of(new FieldError("scope", "is outside your unit's scope")));
        }
        return parsed;
    }
}
