package vn.gov.dossier.processing.casework;

import java.time.OffsetDateTime;
import java.util.UUID;
import vn.gov.dossier.calendar.WorkingCalendar;
import vn.gov.dossier.contracts.CaseStep;
import vn.gov.dossier.contracts.DossierStatus;
import vn.gov.dossier.contracts.Timeliness;
import vn.gov.dossier.contracts.VietnamTime;
import vn.gov.dossier.platform.application.HistoryNote;
import vn.gov.dossier.processing.HistoryNotes;

/**
 * A case at its competent authority. Every step returns the case as it is after the step and the history entry that
 * records it; the case changes nothing in place and publishes nothing.
 *
 * @param dueAt when the case is due now (moved by supplements and extensions)
 * @param originalDueAt the due time timeliness is judged against: moved by supplements (the citizen's time does not
 *     count against the authority), never by an extension (an apology stays late)
 * @param suspendedAt when the clock stopped for a supplement; null while it runs
 * @param statusSince when the case entered its status
 */
public record Case(UUID dossierId, String dossierCode, String authorityId, String receivingUnitCode, DossierStatus status,
                   OffsetDateTime receivedAt, OffsetDateTime dueAt, OffsetDateTime originalDueAt, OffsetDateTime suspendedAt,
                   Timeliness timeliness, String reason, OffsetDateTime statusSince, long version) {

    /** The case after a step, and how the step is remembered. */
    public record Change(Case after, CaseStep step, HistoryEntry entry) {
    }

    public Change accept(Actor actor, OffsetDateTime at) {
        check(CaseStep.ACCEPT);
        return change(CaseStep.ACCEPT, with(DossierStatus.IN_PROCESSING, dueAt, originalDueAt, null, timeliness, reason), actor, at,
                HistoryNotes.accepted());
    }

    public Change requestSupplement(Actor actor, OffsetDateTime at, String why) {
        check(CaseStep.REQUEST_SUPPLEMENT);
        required("reason", why);
        return change(CaseStep.REQUEST_SUPPLEMENT, with(DossierStatus.AWAITING_SUPPLEMENT, dueAt, originalDueAt, at, timeliness, why), actor, at,
                HistoryNotes.supplementRequested(why));
    }

    /** The supplement arrived (at any desk): the clock runs again and the due time moves by the suspended working time. */
    public Change receiveSupplement(Actor actor, OffsetDateTime at, WorkingCalendar calendar, String note) {
        check(CaseStep.RECEIVE_SUPPLEMENT);
        long suspended = calendar.workingMinutesBetween(suspendedAt, at);
        OffsetDateTime movedDue = calendar.plusWorkingMinutes(dueAt, suspended);
        OffsetDateTime movedOriginal = calendar.plusWorkingMinutes(originalDueAt, suspended);
        return change(CaseStep.RECEIVE_SUPPLEMENT, with(DossierStatus.IN_PROCESSING, movedDue, movedOriginal, null, timeliness, reason), actor, at,
                HistoryNotes.supplementReceived(movedDue, note));
    }

    public Change decide(Actor actor, OffsetDateTime at, boolean approved, String why) {
        check(CaseStep.DECIDE);
        if (!approved) {
            required("reason", why);
        }
        Timeliness judged = timelinessAt(at);
        DossierStatus outcome = approved ? DossierStatus.APPROVED : DossierStatus.REJECTED;
        return change(CaseStep.DECIDE, with(outcome, dueAt, originalDueAt, null, judged, why), actor, at,
                HistoryNotes.decided(approved, why, judged));
    }

    public Change markResultReady(Actor actor, OffsetDateTime at) {
        check(CaseStep.MARK_RESULT_READY);
        return change(CaseStep.MARK_RESULT_READY, with(DossierStatus.RESULT_READY, dueAt, originalDueAt, null, timeliness, reason), actor, at,
                HistoryNotes.resultReady());
    }

    /** An apology with a new appointment: the new due time is later; the original stays, so a late case stays late. */
    public Change extend(Actor actor, OffsetDateTime at, OffsetDateTime newDueAt, String why) {
        check(CaseStep.EXTEND);
        required("reason", why);
        if (newDueAt == null || !newDueAt.isAfter(dueAt)) {
            throw new InvalidStep("newDueAt", "must be later than the current due time " + dueAt);
        }
        if (!newDueAt.isAfter(at)) {
            throw new InvalidStep("newDueAt", "must be in the future: a new appointment the citizen can still keep");
        }
        return change(CaseStep.EXTEND, with(status, newDueAt, originalDueAt, suspendedAt, timeliness, why), actor, at,
                HistoryNotes.extended(newDueAt, why));
    }

    public Change withdraw(Actor actor, OffsetDateTime at, String why) {
        check(CaseStep.WITHDRAW);
        return change(CaseStep.WITHDRAW, with(DossierStatus.WITHDRAWN, dueAt, originalDueAt, null, timeliness, why), actor, at,
                HistoryNotes.withdrawn(why));
    }

    public Change handOver(Actor actor, OffsetDateTime at) {
        check(CaseStep.HAND_OVER);
        return change(CaseStep.HAND_OVER, with(DossierStatus.RETURNED, dueAt, originalDueAt, null, timeliness, reason), actor, at,
                HistoryNotes.handedOver());
    }

    /** Overdue is a flag, not a state: unresolved and past the due time. */
    public boolean overdueAt(OffsetDateTime now) {
        return status.unresolved() && suspendedAt == null && now.isAfter(dueAt);
    }

    /** Early before the due date, on time on it (until the due time), late after it. */
    Timeliness timelinessAt(OffsetDateTime decidedAt) {
        if (decidedAt.isAfter(originalDueAt)) {
            return Timeliness.LATE;
        }
        boolean sameDay = decidedAt.atZoneSameInstant(VietnamTime.ZONE).toLocalDate()
                .equals(originalDueAt.atZoneSameInstant(VietnamTime.ZONE).toLocalDate());
        return sameDay ? Timeliness.ON_TIME : Timeliness.EARLY;
    }

    private void check(CaseStep step) {
        if (!step.allowedIn(status)) {
            throw new StepNotAllowed(step, status);
        }
    }

    private static void required(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidStep(field, "is required");
        }
        if (value.length() > 2000) {
            throw new InvalidStep(field, "must be at most 2000 characters");
        }
    }

    private Case with(DossierStatus newStatus, OffsetDateTime newDue, OffsetDateTime newOriginalDue, OffsetDateTime newSuspendedAt,
                      Timeliness newTimeliness, String newReason) {
        return new Case(dossierId, dossierCode, authorityId, receivingUnitCode, newStatus, receivedAt, newDue, newOriginalDue, newSuspendedAt,
                newTimeliness, newReason, statusSince, version);
    }

    private Change change(CaseStep step, Case after, Actor actor, OffsetDateTime at, HistoryNote note) {
        Case stamped = after.status() == status ? after
                : new Case(after.dossierId, after.dossierCode, after.authorityId, after.receivingUnitCode, after.status, after.receivedAt,
                        after.dueAt, after.originalDueAt, after.suspendedAt, after.timeliness, after.reason, at, after.version);
        return new Change(stamped, step, new HistoryEntry(stamped.status(), at, actor.name(), actor.unitCode(), actor.role(), note));
    }
}
