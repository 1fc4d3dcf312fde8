package vn.gov.dossier.reporting.indicators;

import reactor.core.publisher.Mono;
import vn.gov.dossier.calendar.WorkingCalendar;
import vn.gov.dossier.contracts.CaseStep;
import vn.gov.dossier.contracts.CaseStepTaken;
import vn.gov.dossier.contracts.DeskStep;
import vn.gov.dossier.contracts.DeskStepTaken;
import vn.gov.dossier.contracts.DossierRouted;
import vn.gov.dossier.contracts.FeePaid;
import vn.gov.dossier.contracts.DossierSubmitted;
import vn.gov.dossier.contracts.Event;
import vn.gov.dossier.contracts.RoutingFailed;

/** Projects each dossier event into the facts. Order-tolerant and idempotent: every event carries what its columns need. */
public class ProjectingEvents {

    private final Facts facts;
    /** Office hours on working days, nationally: what "working days to resolve" counts. */
    private final WorkingCalendar calendar = WorkingCalendar.standard();

    public ProjectingEvents(Facts facts) {
        this.facts = facts;
    }

    public Mono<Void> submitted(DossierSubmitted event) {
        return facts.submitted(event).then(facts.measureDecision(event.dossierId(), calendar::workingMinutesBetween));
    }

    public Mono<Void> feePaid(FeePaid event) {
        return facts.feePaid(event);
    }

    public Mono<Void> routed(DossierRouted event) {
        return facts.routed(event);
    }

    public Mono<Void> routingFailed(RoutingFailed event) {
        return facts.routingFailed(event);
    }

    public Mono<Void> stepTaken(CaseStepTaken event) {
        Mono<Void> applied = facts.stepTaken(event);
        return event.step() == CaseStep.DECIDE ? applied.then(facts.measureDecision(event.dossierId(), calendar::workingMinutesBetween)) : applied;
    }

    /**
     * A withdrawal at a desk counts as it is taken: a dossier withdrawn before it reached an authority (routing slow
     * or down, or the dossier in the manual-routing queue) has no case to report it.
     */
    public Mono<Void> deskStep(DeskStepTaken event) {
        if (event.step() == DeskStep.RESULT_HANDED_OVER) {
            return facts.resultHandedOver(event);
        }
        return event.step() == DeskStep.WITHDRAWAL_REQUESTED ? facts.withdrawnAtDesk(event) : Mono.empty();
    }

    /** Any event read from the log (a rebuild); events that count for nothing are skipped. */
    public Mono<Void> any(Event event) {
        if (event instanceof DossierSubmitted submitted) {
            return submitted(submitted);
        }
        if (event instanceof FeePaid paid) {
            return feePaid(paid);
        }
        if (event instanceof DossierRouted routed) {
            return routed(routed);
        }
        if (event instanceof RoutingFailed failed) {
            return routingFailed(failed);
        }
        if (event instanceof CaseStepTaken step) {
            return stepTaken(step);
        }
        if (event instanceof DeskStepTaken step) {
            return deskStep(step);
        }
        return Mono.empty();
    }
}
