package vn.gov.dossier.routing.decision;

import java.util.UUID;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import vn.gov.dossier.contracts.DossierSubmitted;

/** Where decisions and the manual-routing queue are kept. */
public interface RoutingDecisions {

    Mono<Void> record(UUID dossierId, RoutingDecision decision);

    Mono<RoutingDecision> byDossierCode(String dossierCode);

    Mono<Void> queueForManualRouting(DossierSubmitted submitted, String reason);

    Flux<ManualRoutingEntry> manualRoutingQueue();
}
