package vn.gov.dossier.intake.status;

import java.util.Set;
import reactor.core.publisher.Mono;
import vn.gov.dossier.contracts.CaseStepTaken;

/** Keeps the status view in step with the authority's work on the case: status, history, and a moved appointment. */
public class FollowingProcessing {

    /** Nothing moves a dossier out of a final status. */
    private static final Set<String> NOT_FINAL = Set.of("RECEIVED", "ROUTED", "ROUTING_FAILED", "IN_PROCESSING", "AWAITING_SUPPLEMENT",
            "APPROVED", "REJECTED", "RESULT_READY");

    private final StatusViews views;

    public FollowingProcessing(StatusViews views) {
        this.views = views;
    }

    public Mono<Void> stepTaken(CaseStepTaken event) {
        String note = event.note() + (event.actor() == null ? "" : " — " + event.actor() + (event.unitCode() == null ? "" : " (" + event.unitCode() + ")"));
        // A step that keeps the status (an extension) still matches and is recorded once, like any other.
        return views.move(event.dossierId(), NOT_FINAL, event.status(), event.occurredAt(), note)
                .flatMap(moved -> moved ? views.reschedule(event.dossierId(), event.dueAt()) : Mono.<Void>empty());
    }
}
