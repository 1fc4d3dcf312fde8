package vn.gov.dossier.routing.decision.web;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import vn.gov.dossier.routing.decision.ManualRoutingEntry;
import vn.gov.dossier.routing.decision.RoutingDecision;
import vn.gov.dossier.routing.decision.RoutingDecisions;
import vn.gov.dossier.platform.web.ApiException;

@RestController
@RequestMapping("/api/v1/routing")
class RoutingController {

    private final RoutingDecisions decisions;

    RoutingController(RoutingDecisions decisions) {
        this.decisions = decisions;
    }

    @GetMapping("/decisions/{dossierCode}")
    Mono<RoutingDecision> decision(@PathVariable String dossierCode) {
        return decisions.byDossierCode(dossierCode)
                .switchIfEmpty(Mono.error(() -> ApiException.notFound("No routing decision for dossier " + dossierCode + ".")));
    }

    @GetMapping("/failures")
    Flux<ManualRoutingEntry> failures() {
        return decisions.manualRoutingQueue();
    }
}
