package vn.gov.dossier.intake.status.web;

import java.time.LocalDate;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import vn.gov.dossier.contracts.DossierStatus;
import vn.gov.dossier.intake.status.Names;
import vn.gov.dossier.intake.status.StatusView;
import vn.gov.dossier.intake.status.StatusViews;
import vn.gov.dossier.platform.application.Officer;
import vn.gov.dossier.platform.web.ApiException;
import vn.gov.dossier.platform.web.Params;

@RestController
@RequestMapping("/api/v1")
class StatusController {

    private final StatusViews views;
    private final PublicLookupLimit limit;
    private final Names names;

    StatusController(StatusViews views, PublicLookupLimit limit, Names names) {
        this.views = views;
        this.limit = limit;
        this.names = names;
    }

    /** A dossier as the desks and the authority follow it: status, due date and history. */
    @GetMapping("/dossiers/{code}")
    Mono<StatusView> dossier(@PathVariable String code, @AuthenticationPrincipal Officer officer) {
        Params.dossierCode("code", code);
        return views.byCode(code).filter(view -> view.visibleTo(officer)).map(view -> view.named(names)).switchIfEmpty(Mono.error(() -> ApiException.notFound("No dossier has the code " + code + ".")));
    }

    /** A citizen signed in online follows their own dossier as a desk sees it; another's answers 404. */
    @GetMapping("/citizen/dossiers/{code}")
    Mono<StatusView> ownDossier(@PathVariable String code, @AuthenticationPrincipal Officer citizen) {
        Params.dossierCode("code", code);
        return views.ownedBy(code, citizen.personalId()).flatMap(views::byCode).map(view -> view.named(names))
                .switchIfEmpty(Mono.error(() -> ApiException.notFound("You have no dossier with the code " + code + ".")));
    }

    record PublicStatus(String code, DossierStatus status, LocalDate appointmentDate, String authorityName) {
    }

    /**
     * The citizen's look-up: no personal data, a wrong secret answers exactly like an unknown code, and a client that
     * asks too often is told to wait (429), whatever it asked.
     */
    @GetMapping("/public/dossiers/{code}")
    Mono<PublicStatus> publicStatus(@PathVariable String code, @RequestParam(required = false) String secret, ServerHttpRequest request) {
        limit.admit(request);
        // A malformed code is answered like an unknown code and a wrong secret: the look-up tells nothing to a guesser.
        return (Params.wellFormed(code, Params.DOSSIER_CODE) ? views.bySecret(code, secret) : Mono.<StatusView>empty())
                .map(view -> new PublicStatus(view.code(), view.status(), view.appointmentDate(),
                        view.authority() == null ? null : view.authority().name()))
                .switchIfEmpty(Mono.error(() -> ApiException.notFound("No dossier matches this code and secret.")));
    }
}
