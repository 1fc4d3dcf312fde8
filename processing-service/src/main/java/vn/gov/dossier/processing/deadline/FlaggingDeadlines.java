package vn.gov.dossier.processing.deadline;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.UUID;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import vn.gov.dossier.contracts.CaseDeadlineFlagged;
import vn.gov.dossier.contracts.Topics;
import vn.gov.dossier.platform.application.EventPublisher;
import vn.gov.dossier.platform.application.Periodically;
import vn.gov.dossier.platform.application.Transactions;

/**
 * The deadline watch. Safe to run often, after a restart, and on several instances at once: a flag is raised in the
 * same transaction that records which due time it was raised for, on rows no other run holds.
 */
public class FlaggingDeadlines {

    private static final int BATCH = 200;

    private final Deadlines deadlines;
    private final EventPublisher events;
    private final Transactions transactions;
    private final DueSoon dueSoon;
    private final Clock clock;

    public FlaggingDeadlines(Deadlines deadlines, EventPublisher events, Transactions transactions, DueSoon dueSoon, Clock clock) {
        this.deadlines = deadlines;
        this.events = events;
        this.transactions = transactions;
        this.dueSoon = dueSoon;
        this.clock = clock;
    }

    /** One run: flags what is due, a batch per transaction until nothing is left; returns how many flags were raised. */
    public Mono<Integer> run() {
        return batch().expand(raised -> raised == BATCH ? batch() : Mono.empty()).reduce(0, Integer::sum);
    }

    private Mono<Integer> batch() {
        OffsetDateTime now = OffsetDateTime.now(clock);
        return transactions.inTransaction(deadlines.claimUnflagged(now, dueSoon.horizon(now), BATCH)
                .concatMap(open -> flag(open, now))
                .count()
                .map(Long::intValue));
    }

    private Mono<OpenCase> flag(OpenCase open, OffsetDateTime now) {
        boolean overdue = now.isAfter(open.dueAt());
        CaseDeadlineFlagged event = new CaseDeadlineFlagged(UUID.randomUUID(), open.dossierId(), open.dossierCode(), now,
                overdue ? CaseDeadlineFlagged.OVERDUE : CaseDeadlineFlagged.DUE_SOON, open.dueAt(), open.status(), open.authorityId(),
                open.receivingUnitCode());
        return events.publish(Topics.PROCESSING, event)
                .then(overdue ? deadlines.markOverdue(open) : deadlines.markDueSoon(open))
                .thenReturn(open);
    }

    /** Runs at the given interval until disposed; a failed run is logged and the next one tries again. */
    public Flux<Integer> every(Duration interval) {
        return Periodically.every("deadline watch", interval, this::run);
    }
}
