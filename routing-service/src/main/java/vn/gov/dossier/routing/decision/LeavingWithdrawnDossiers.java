package vn.gov.dossier.routing.decision;

import reactor.core.publisher.Mono;
import vn.gov.dossier.contracts.DeskStep;
import vn.gov.dossier.contracts.DeskStepTaken;

/**
 * A dossier its citizen withdrew at a desk while it waited in the manual-routing queue leaves the queue: nobody may
 * assign it afterwards. (A dossier already routed is processing's to close; a withdrawal cannot come before its
 * submission, which precedes it on the same partition.)
 */
public class LeavingWithdrawnDossiers {

    private final RoutingDecisions decisions;

    public LeavingWithdrawnDossiers(RoutingDecisions decisions) {
        this.decisions = decisions;
    }

    public Mono<Void> deskStep(DeskStepTaken event) {
        return event.step() == DeskStep.WITHDRAWAL_REQUESTED ? decisions.leaveManualRouting(event.dossierId()).then() : Mono.empty();
    }
}
