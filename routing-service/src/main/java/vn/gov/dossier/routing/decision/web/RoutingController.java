package vn.gov.dossier.routing.decision.web;

import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import vn.gov.dossier.platform.application.Officer;
import vn.gov.dossier.platform.web.ApiException;
import vn.gov.dossier.platform.web.FieldError;
import vn.gov.dossier.platform.web.Params;
import vn.gov.dossier.routing.decision.AssigningAuthority;
import vn.gov.dossier.routing.decision.ManualRoutingEntry;
import vn.gov.dossier.routing.decision.RoutingDecision;
import vn.gov.dossier.routing.decision.RoutingDecisions;

@RestController
@RequestMapping("/api/v1/routing")
class RoutingController {

    private final RoutingDecisions decisions;
    private final AssigningAuthority assigning;

    RoutingController(RoutingDecisions decisions, AssigningAuthority assigning) {
        this.decisions = decisions;
        this.assigning = assigning;
    }

    record Assignment(String authorityId) {
    }

    /** An administrator routes a dossier no rule could route to an authority. */
    @PostMapping("/failures/{dossierCode}/assignment")
    @ResponseStatus(HttpStatus.ACCEPTED)
    Mono<Void> assign(@PathVariable String dossierCode, @RequestBody Assignment assignment, @AuthenticationPrincipal Officer administrator) {
        Params.dossierCode("dossierCode", dossierCode);
        Params.authorityId("authorityId", assignment == null ? null : assignment.authorityId());
        return assigning.assign(dossierCode, assignment.authorityId(), administrator)
                .onErrorMap(AssigningAuthority.Refused.class, refused -> switch (refused.refusal()) {
                    case NOT_WAITING -> ApiException.notFound(refused.getMessage());
                    case UNKNOWN_AUTHORITY -> ApiException.unprocessable(refused.getMessage(),
                            List.of(new FieldError("authorityId", "is not a known authority")));
                    case ALREADY_ASSIGNED -> ApiException.conflict(refused.getMessage());
                });
    }

    /** How a dossier was routed: the authority and the rule that chose it. */
    @GetMapping("/decisions/{dossierCode}")
    Mono<RoutingDecision> decision(@PathVariable String dossierCode, @AuthenticationPrincipal Officer officer) {
        Params.dossierCode("dossierCode", dossierCode);
        return decisions.byDossierCode(dossierCode)
                .filter(decision -> decision.visibleTo(officer))
                .switchIfEmpty(Mono.error(() -> ApiException.notFound("No routing decision for dossier " + dossierCode + ".")));
    }

    /** Dossiers no rule could route, waiting for an administrator. */
    @GetMapping("/failures")
    Flux<ManualRoutingEntry> failures() {
        return decisions.manualRoutingQueue();
    }
}
