package vn.gov.dossier.intake.web;

import io.swagger.v3.oas.annotations.Hidden;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import vn.gov.dossier.platform.web.ApiException;

/**
 * The national systems' paths intake once served (identity checks, the portal sync, results by post) answer 404 with
 * where they are now: exchange-service, which serves the same paths ({@code /api/v1/outbound-work} for the portal's
 * backlog and re-drive). Not in intake's API document: they are not intake's API.
 */
@Hidden
@RestController
class MovedToExchangeController {

    /** Moved to exchange-service. */
    @RequestMapping({"/api/v1/dossiers/{code}/identity-check", "/api/v1/dossiers/{code}/postal-dispatch", "/api/v1/postal-dispatches",
        "/api/v1/postal-dispatches/{id}/retry", "/api/v1/portal-sync/backlog", "/api/v1/portal-sync/{code}/redrive"})
    Mono<Void> moved() {
        return Mono.error(ApiException.notFound("Identity checks, the national portal's sync and results by post are exchange-service's "
                + "(the same paths there; the portal's backlog and re-drive under /api/v1/outbound-work)."));
    }
}
