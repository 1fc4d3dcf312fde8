package vn.gov.dossier.processing.casework;

import java.time.OffsetDateTime;
import java.util.UUID;
import vn.gov.dossier.calendar.WorkingCalendar;

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
public record Case(UUID dossierId, String dossierCode, String authorityId, String receivingUnitCode, CaseStatus status,
                   OffsetDateTime receivedAt, OffsetDateTime dueAt, OffsetDateTime originalDueAt, OffsetDateTime suspendedAt,
                   Timeliness timeliness, String reason, OffsetDateTime statusSince, long version) {

    /** The case after a step, and how the step is remembered. */
    public record Change(Case after, Step step, HistoryEntry entry) {
    }

    public Change accept(Actor actor, OffsetDateTime at) {
        check(Step.ACCEPT);
        return change(Step.ACCEPT, with(CaseStatus.IN_PROCESSING, dueAt, originalDueAt, null, timeliness, reason), actor, at,
                "Tiếp nhận xử lý (accepted)");
    }

    public Change requestSupplement(Actor actor, OffsetDateTime at, String why) {
        check(Step.REQUEST_SUPPLEMENT);
        required("reason", why);
        return change(Step.REQUEST_SUPPLEMENT, with(CaseStatus.AWAITING_SUPPLEMENT, dueAt, originalDueAt, at, timeliness, why), actor, at,
                "Yêu cầu bổ sung: " + why);
    }

    /** The supplement arrived (at any desk): the clock runs again and the due time moves by the suspended working time. */
    public Change receiveSupplement(Actor actor, OffsetDateTime at, WorkingCalendar calendar, String note) {
        check(Step.RECEIVE_SUPPLEMENT);
        long suspended = calendar.workingMinutesBetween(suspendedAt, at);
        OffsetDateTime movedDue = calendar.plusWorkingMinutes(dueAt, suspended);
        OffsetDateTime movedOriginal = calendar.plusWorkingMinutes(originalDueAt, suspended);
        return change(Step.RECEIVE_SUPPLEMENT, with(CaseStatus.IN_PROCESSING, movedDue, movedOriginal, null, timeliness, reason), actor, at,
                "Đã nhận hồ sơ bổ sung; hạn mới " + movedDue.toLocalDate() + (note == null || note.isBlank() ? "" : " (" + note + ")"));
    }

    public Change decide(Actor actor, OffsetDateTime at, boolean approved, String why) {
        check(Step.DECIDE);
        if (!approved) {
            required("reason", why);
        }
        Timeliness judged = timelinessAt(at);
        CaseStatus outcome = approved ? CaseStatus.APPROVED : CaseStatus.REJECTED;
        return change(Step.DECIDE, with(outcome, dueAt, originalDueAt, null, judged, why), actor, at,
                (approved ? "Phê duyệt" : "Từ chối: " + why) + " (" + judged + ")");
    }

    public Change markResultReady(Actor actor, OffsetDateTime at) {
        check(Step.MARK_RESULT_READY);
        return change(Step.MARK_RESULT_READY, with(CaseStatus.RESULT_READY, dueAt, originalDueAt, null, timeliness, reason), actor, at,
                "Có kết quả, chờ trả cho công dân (result ready)");
    }

    /** An apology with a new appointment: the new due time is later; the original stays, so a late case stays late. */
    public Change extend(Actor actor, OffsetDateTime at, OffsetDateTime newDueAt, String why) {
        check(Step.EXTEND);
        required("reason", why);
        if (newDueAt == null || !newDueAt.isAfter(dueAt)) {
            throw new InvalidStep("newDueAt", "must be later than the current due time " + dueAt);
        }
        if (!newDueAt.isAfter(at)) {
            throw new InvalidStep("newDueAt", "must be in the future: a new appointment the citizen can still keep");
        }
        return change(Step.EXTEND, with(status, newDueAt, originalDueAt, suspendedAt, timeliness, why), actor, at,
                "Xin lỗi và hẹn lại đến " + newDueAt.toLocalDate() + ": " + why);
    }

    public Change withdraw(Actor actor, OffsetDateTime at, String why) {
        check(Step.WITHDRAW);
        return change(Step.WITHDRAW, with(CaseStatus.WITHDRAWN, dueAt, originalDueAt, null, timeliness, why), actor, at,
                "Rút hồ sơ theo yêu cầu của công dân" + (why == null || why.isBlank() ? "" : ": " + why));
    }

    public Change handOver(Actor actor, OffsetDateTime at) {
        check(Step.HAND_OVER);
        return change(Step.HAND_OVER, with(CaseStatus.RETURNED, dueAt, originalDueAt, null, timeliness, reason), actor, at,
                "Đã trả kết quả cho công dân (returned)");
    }

    /** Overdue is a flag, not a state: unresolved and past the due time. */
    public boolean overdueAt(OffsetDateTime now) {
        boolean unresolved = status == CaseStatus.ROUTED || status == CaseStatus.IN_PROCESSING || status == CaseStatus.AWAITING_SUPPLEMENT;
        return unresolved && suspendedAt == null && now.isAfter(dueAt);
    }

    /** Early before the due date, on time on it (until the due time), late after it. */
    Timeliness timelinessAt(OffsetDateTime decidedAt) {
        if (decidedAt.isAfter(originalDueAt)) {
            return Timeliness.LATE;
        }
        boolean sameDay = decidedAt.atZoneSameInstant(WorkingCalendar.VIETNAM).toLocalDate()
                .equals(originalDueAt.atZoneSameInstant(WorkingCalendar.VIETNAM).toLocalDate());
        return sameDay ? Timeliness.ON_TIME : Timeliness.EARLY;
    }

    private void check(Step step) {
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

    private Case with(CaseStatus newStatus, OffsetDateTime newDue, OffsetDateTime newOriginalDue, OffsetDateTime newSuspendedAt,
                      Timeliness newTimeliness, String newReason) {
        return new Case(dossierId, dossierCode, authorityId, receivingUnitCode, newStatus, receivedAt, newDue, newOriginalDue, newSuspendedAt,
                newTimeliness, newReason, statusSince, version);
    }

    private Change change(Step step, Case after, Actor actor, OffsetDateTime at, String note) {
        Case stamped = after.status() == status ? after
                : new Case(after.dossierId, after.dossierCode, after.authorityId, after.receivingUnitCode, after.status, after.receivedAt,
                        after.dueAt, after.originalDueAt, after.suspendedAt, after.timeliness, after.reason, at, after.version);
        return new Change(stamped, step, new HistoryEntry(stamped.status(), at, actor.name(), actor.unitCode(), note));
    }
}
