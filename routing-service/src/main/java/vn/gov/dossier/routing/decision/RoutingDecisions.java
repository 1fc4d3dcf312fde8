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

    /** The submitted dossier still waiting in the manual-routing queue; empty when it is not (or no longer) there. */
    Mono<DossierSubmitted> awaitingManualRouting(String dossierCode);

    /** Takes a dossier out of the manual-routing queue; false when someone else already did. */
    Mono<Boolean> leaveManualRouting(UUID dossierId);
}
