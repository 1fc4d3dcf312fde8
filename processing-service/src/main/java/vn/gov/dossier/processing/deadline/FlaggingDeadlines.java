package vn.gov.dossier.processing.deadline;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.UUID;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import vn.gov.dossier.calendar.WorkingCalendar;
import vn.gov.dossier.contracts.CaseDeadlineFlagged;
import vn.gov.dossier.contracts.Topics;
import vn.gov.dossier.platform.application.EventPublisher;
import vn.gov.dossier.platform.application.Transactions;

/**
 * One run of the deadline watch. Safe to run often, after a restart, and on several instances at once: a flag is
 * raised in the same transaction that records it was raised for this due time, on rows no other run holds.
 */
public class FlaggingDeadlines {

    private static final int BATCH = 200;

    private final Deadlines deadlines;
    private final EventPublisher events;
    private final Transactions transactions;
    private final WorkingCalendar calendar;
    private final long dueSoonWorkingMinutes;
    private final Clock clock;

    /** @param dueSoonWorkingMinutes how close (in working time) a due time must be to be "due soon"; one working day = 480 */
    public FlaggingDeadlines(Deadlines deadlines, EventPublisher events, Transactions transactions, WorkingCalendar calendar,
                             long dueSoonWorkingMinutes, Clock clock) {
        this.deadlines = deadlines;
        this.events = events;
        this.transactions = transactions;
        this.calendar = calendar;
        this.dueSoonWorkingMinutes = dueSoonWorkingMinutes;
        this.clock = clock;
    }

    /** Flags what is due; returns how many flags were raised. */
    public Mono<Integer> run() {
        OffsetDateTime now = OffsetDateTime.now(clock);
        OffsetDateTime horizon = calendar.plusWorkingMinutes(now, dueSoonWorkingMinutes).plusSeconds(1);
        return transactions.inTransaction(deadlines.claimUnflagged(horizon, BATCH)
                .concatMap(open -> flag(open, now))
                .reduce(0, Integer::sum));
    }

    private Mono<Integer> flag(OpenCase open, OffsetDateTime now) {
        if (now.isAfter(open.dueAt())) {
            if (open.dueAt().equals(open.overdueFlaggedFor())) {
                return Mono.just(0);
            }
            return events.publish(Topics.PROCESSING, event(open, CaseDeadlineFlagged.OVERDUE, now)).then(deadlines.markOverdue(open)).thenReturn(1);
        }
        if (open.dueAt().equals(open.dueSoonFlaggedFor())) {
            return Mono.just(0);
        }
        return events.publish(Topics.PROCESSING, event(open, CaseDeadlineFlagged.DUE_SOON, now)).then(deadlines.markDueSoon(open)).thenReturn(1);
    }

    private static CaseDeadlineFlagged event(OpenCase open, String flag, OffsetDateTime now) {
        return new CaseDeadlineFlagged(UUID.randomUUID(), open.dossierId(), open.dossierCode(), now, flag, open.dueAt(), open.status(),
                open.authorityId(), open.receivingUnitCode());
    }

    /** Runs forever at the given interval (each run's failure is logged and the next run tries again). */
    public Flux<Integer> every(java.time.Duration interval) {
        return Flux.interval(java.time.Duration.ZERO, interval).onBackpressureDrop().concatMap(tick -> run().onErrorResume(error -> Mono.just(0)));
    }
}
