package vn.gov.dossier.exchange.identity.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import vn.gov.dossier.exchange.identity.IdentityCheck;
import vn.gov.dossier.exchange.identity.IdentityChecks;
import vn.gov.dossier.platform.application.Officer;
import vn.gov.dossier.platform.application.Role;
import vn.gov.dossier.platform.web.ApiException;
import vn.gov.dossier.platform.web.Params;

/**
 * {@code GET /api/v1/dossiers/{code}/identity-check}: what the population database said of the applicant, for the desk
 * that received the dossier and the authority deciding it (404 for anyone else, as for a dossier that does not exist).
 */
@RestController
class IdentityCheckController {

    private final IdentityChecks checks;

    IdentityCheckController(IdentityChecks checks) {
        this.checks = checks;
    }

    /** The population database's answer about the applicant of a dossier. */
    @GetMapping("/api/v1/dossiers/{code}/identity-check")
    Mono<IdentityCheck> check(@PathVariable String code, @AuthenticationPrincipal Officer officer) {
        Params.dossierCode("code", code);
        return checks.ofDossier(code)
                .filter(check -> officer.isAt(Role.CLERK, check.receivingUnitCode()) || officer.isAt(Role.PROCESSOR, check.authorityId()))
                .switchIfEmpty(Mono.error(() -> ApiException.notFound("No identity check of dossier " + code + " for you.")));
    }
}
