package vn.gov.dossier.reporting.indicators.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import vn.gov.dossier.contracts.VietnamTime;
import vn.gov.dossier.platform.web.ApiException;
import vn.gov.dossier.platform.web.FieldError;
import vn.gov.dossier.reporting.indicators.Facts;
import vn.gov.dossier.reporting.indicators.Indicators;
import vn.gov.dossier.reporting.indicators.Scope;

@RestController
@RequestMapping("/api/v1")
class IndicatorController {


    private final Facts facts;
    private final Clock clock;

    IndicatorController(Facts facts, Clock clock) {
        this.facts = facts;
        this.clock = clock;
    }

    /** Defaults: from the first day of the current year to today (Vietnam's calendar days). */
    @GetMapping("/indicators")
    Mono<Indicators> indicators(@RequestParam(defaultValue = "national") String scope, @RequestParam(required = false) LocalDate from,
                                @RequestParam(required = false) LocalDate to) {
        Scope parsed;
        try {
            parsed = Scope.parse(scope);
        } catch (IllegalArgumentException e) {
            return Mono.error(ApiException.invalid(List.of(new FieldError("scope", e.getMessage()))));
        }
        LocalDate today = LocalDate.now(clock.withZone(VietnamTime.ZONE));
        LocalDate first = from == null ? today.withDayOfYear(1) : from;
        LocalDate last = to == null ? today : to;
        if (last.isBefore(first)) {
            return Mono.error(ApiException.invalid(List.of(new FieldError("to", "must not be before from"))));
        }
        OffsetDateTime start = first.atStartOfDay(VietnamTime.ZONE).toOffsetDateTime();
        OffsetDateTime end = last.plusDays(1).atStartOfDay(VietnamTime.ZONE).toOffsetDateTime();
        return facts.indicators(parsed, start, end, OffsetDateTime.now(clock));
    }
}
