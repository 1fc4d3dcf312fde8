package vn.gov.dossier.intake.identity.web;

import java.time.OffsetDateTime;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import vn.gov.dossier.intake.identity.IdentityChecks;
import vn.gov.dossier.intake.status.StatusViews;
import vn.gov.dossier.platform.application.Officer;
import vn.gov.dossier.platform.web.ApiException;
import vn.gov.dossier.platform.web.Params;

/**
 * {@code GET /api/v1/dossiers/{code}/identity-check}: what the population database said of the applicant, for the desk
 * that received the dossier and the authority deciding it (404 for anyone else, as for the papers).
 */
@RestController
class IdentityCheckController {

    private final IdentityChecks checks;
    private final StatusViews views;

    IdentityCheckController(IdentityChecks checks, StatusViews views) {
        this.checks = checks;
        this.views = views;
    }

    /** @param detail why the last try failed, while it is PENDING */
    record CheckView(String dossierCode, String status, String askedBy, String askedUnit, OffsetDateTime askedAt, int attempts,
                     OffsetDateTime checkedAt, String detail) {
    }

    /** The population database's answer about the applicant of a dossier. */
    @GetMapping("/api/v1/dossiers/{code}/identity-check")
    Mono<CheckView> check(@PathVariable String code, @AuthenticationPrincipal Officer officer) {
        Params.dossierCode("code", code);
        return views.byCode(code).filter(view -> view.papersOpenTo(officer))
                .flatMap(view -> checks.ofDossier(code))
                .map(check -> new CheckView(check.dossierCode(), check.status(), check.askedBy(), check.askedUnit(), check.askedAt(), check.attempts(),
                        check.checkedAt(), check.detail()))
                .switchIfEmpty(Mono.error(() -> ApiException.notFound("No dossier has the code " + code + ".")));
    }
}
