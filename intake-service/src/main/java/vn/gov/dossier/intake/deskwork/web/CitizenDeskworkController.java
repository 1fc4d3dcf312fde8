package vn.gov.dossier.intake.deskwork.web;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import vn.gov.dossier.intake.deskwork.TakingDeskSteps;
import vn.gov.dossier.intake.status.StatusViews;
import vn.gov.dossier.platform.application.Officer;
import vn.gov.dossier.platform.web.Params;

/**
 * {@code POST /api/v1/citizen/dossiers/{code}/withdrawal} {@code {"reason"}}: a citizen signed in online withdraws their
 * own dossier, as they could at any desk; another's answers 404. 202, or 409 when its state no longer allows it.
 */
@RestController
class CitizenDeskworkController {

    private final TakingDeskSteps steps;
    private final StatusViews views;

    CitizenDeskworkController(TakingDeskSteps steps, StatusViews views) {
        this.steps = steps;
        this.views = views;
    }

    record Withdrawal(String reason) {
    }

    /** A citizen withdraws their own dossier online, before it is decided. */
    @PostMapping("/api/v1/citizen/dossiers/{code}/withdrawal")
    Mono<ResponseEntity<Void>> withdrawal(@PathVariable String code, @RequestBody Withdrawal withdrawal, @AuthenticationPrincipal Officer citizen) {
        Params.dossierCode("code", code);
        return DeskworkController.answer(code, views.ownedBy(code, citizen.personalId()).flatMap(views::ref)
                .flatMap(dossier -> steps.withdrawnOnline(code, dossier.receivingUnitCode(), withdrawal.reason(), citizen.name())));
    }
}
