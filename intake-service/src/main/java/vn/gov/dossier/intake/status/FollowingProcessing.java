package vn.gov.dossier.intake.status;

import reactor.core.publisher.Mono;
import vn.gov.dossier.contracts.CaseStepTaken;
import vn.gov.dossier.contracts.DeskStepRefused;
import vn.gov.dossier.contracts.DossierStatus;
import vn.gov.dossier.intake.HistoryNotes;
import vn.gov.dossier.intake.registration.Dossiers;
import vn.gov.dossier.platform.application.HistoryNote;

/** Keeps the status view in step with the authority's work on the case: status, history, and a moved appointment. */
public class FollowingProcessing {

    private final Dossiers dossiers;

    public FollowingProcessing(Dossiers dossiers) {
        this.dossiers = dossiers;
    }

    public Mono<Void> stepTaken(CaseStepTaken event) {
        if (event.status() == null) {
            // A status this version does not know (a newer processing): nothing it can show.
            return Mono.empty();
        }
        HistoryNote note = HistoryNotes.byAuthority(event.step(), event.status(), event.timeliness(), event.reason(), event.dueAt(),
                event.note(), event.actor(), event.unitCode());
        // The signed result, by reference, whenever the authority issued one (kept even if the status moved on since).
        Mono<Void> result = event.result() == null ? Mono.empty() : dossiers.keepResult(event.dossierId(), event.result());
        // A step that keeps the status (an extension) still matches and is recorded once, like any other.
        return result.then(dossiers.move(event.dossierId(), DossierStatus.notFinal(), event.status(), event.occurredAt(), note)
                .flatMap(moved -> moved ? dossiers.reschedule(event.dossierId(), event.dueAt()) : Mono.<Void>empty()));
    }

    /** The authority refused a step a desk took: the history says so, with the reason, and the status stays. */
    public Mono<Void> deskStepRefused(DeskStepRefused event) {
        return dossiers.remember(event.dossierId(), event.status() == null ? DossierStatus.ROUTED : event.status(), event.occurredAt(),
                HistoryNotes.refused(event.step(), event.unitCode(), event.reason()));
    }
}
