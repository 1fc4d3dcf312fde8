package vn.gov.dossier.processing.casework;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;
import vn.gov.dossier.calendar.WorkingCalendar;
import vn.gov.dossier.contracts.CaseStepTaken;
import vn.gov.dossier.contracts.DeskStep;
import vn.gov.dossier.contracts.DeskStepRefused;
import vn.gov.dossier.contracts.DeskStepTaken;
import vn.gov.dossier.contracts.DossierStatus;
import vn.gov.dossier.contracts.PaperRef;
import vn.gov.dossier.contracts.Topics;
import vn.gov.dossier.platform.application.EventPublisher;
import vn.gov.dossier.platform.application.Transactions;
import vn.gov.dossier.processing.HistoryNotes;
import vn.gov.dossier.processing.result.CaseResults;

/**
 * Takes a step on a case (a processor's action, or a desk's step arriving from intake): applied, stored with its
 * history and announced in one transaction, or refused whole.
 */
public class TakingSteps {

    private static final Logger log = LoggerFactory.getLogger(TakingSteps.class);

    private final CaseFiles files;
    private final EventPublisher events;
    private final Transactions transactions;
    private final WorkingCalendar calendar;
    private final CaseMetrics metrics;
    private final CaseResults results;
    private final Clock clock;

    public TakingSteps(CaseFiles files, EventPublisher events, Transactions transactions, WorkingCalendar calendar, CaseMetrics metrics,
                       CaseResults results, Clock clock) {
        this.files = files;
        this.results = results;
        this.metrics = metrics;
        this.events = events;
        this.transactions = transactions;
        this.calendar = calendar;
        this.clock = clock;
    }

    /**
     * A processor's step on the case of that dossier at their authority; empty when there is no such case there (another
     * authority's case is answered as if it did not exist).
     */
    public Mono<Case> take(String dossierCode, String authorityId, BiFunction<Case, OffsetDateTime, Case.Change> step) {
        return take(dossierCode, authorityId, step, null);
    }

    /**
     * @param result the signed result document issued with this step (already in the paper store): kept on the case,
     *     carried by this step's event and every later one; null for none
     */
    public Mono<Case> take(String dossierCode, String authorityId, BiFunction<Case, OffsetDateTime, Case.Change> step, PaperRef result) {
        return transactions.inTransaction(files.byCode(dossierCode)
                        .filter(current -> current.authorityId().equals(authorityId))
                        .flatMap(current -> {
                            Case.Change change = step.apply(current, OffsetDateTime.now(clock));
                            return (result == null ? Mono.<Void>empty() : results.keep(current.dossierId(), result)).then(apply(current, change));
                        }))
                .doOnNext(this::count)
                .map(taken -> taken.change().after());
    }

    /**
     * A desk's step for the citizen. A step the case no longer allows (it moved on meanwhile) is recorded as refused. A
     * withdrawal that comes before the case (the citizen withdrew while the dossier was being routed) is held, and
     * closes the case as soon as it opens ({@link #withdrawIfHeld}).
     */
    public Mono<Void> deskStep(DeskStepTaken event) {
        return transactions.inTransaction(files.byDossierId(event.dossierId())
                        .map(Optional::of)
                        .defaultIfEmpty(Optional.empty())
                        .flatMap(found -> found.isPresent() ? onCase(found.get(), event) : beforeCase(event)))
                .doOnNext(this::count)
                .then();
    }

    private Mono<Taken> onCase(Case current, DeskStepTaken event) {
        if (event.step() == null) {
            log.warn("desk step on {} ignored: a step this version does not know", event.dossierCode());
            return Mono.empty();
        }
        Actor desk = event.by() == null ? desk(event.unitCode()) : Actor.clerk(event.by().name(), event.unitCode());
        Case.Change change;
        try {
            change = switch (event.step()) {
                case SUPPLEMENT_PROVIDED -> current.receiveSupplement(desk, event.occurredAt(), calendar, event.note());
                case WITHDRAWAL_REQUESTED -> current.withdraw(desk, event.occurredAt(), event.note());
                case RESULT_HANDED_OVER -> current.handOver(desk, event.occurredAt());
            };
        } catch (StepNotAllowed refused) {
            // The case moved on after the desk looked: the desk, the citizen and the history are told, nothing is applied.
            return events.publish(Topics.PROCESSING, new DeskStepRefused(UUID.randomUUID(), event.dossierId(), event.dossierCode(),
                    OffsetDateTime.now(clock), event.eventId(), event.step(), event.unitCode(), current.status(), refused.getMessage()))
                    .then(Mono.<Taken>empty());
        }
        return apply(current, change);
    }

    /** Only a withdrawal can come before the case; a supplement or a handover cannot, and is left. */
    private Mono<Taken> beforeCase(DeskStepTaken event) {
        if (event.step() != DeskStep.WITHDRAWAL_REQUESTED) {
            log.warn("desk step {} on {} ignored: no case for it here", event.step(), event.dossierCode());
            return Mono.empty();
        }
        return files.holdWithdrawal(new HeldWithdrawal(event.dossierId(), event.dossierCode(), event.unitCode(), event.note(), event.occurredAt()))
                .then(Mono.<Taken>empty());
    }

    /** The case just opened for a dossier its citizen already withdrew at a desk: closed at once, never live in the queue. */
    public Mono<Void> withdrawIfHeld(UUID dossierId) {
        return transactions.inTransaction(files.releaseWithdrawal(dossierId)
                .flatMap(held -> files.byDossierId(dossierId)
                        .flatMap(current -> current.status() == DossierStatus.WITHDRAWN ? Mono.<Taken>empty()
                                : apply(current, current.withdraw(desk(held.unitCode()), latest(held.at(), OffsetDateTime.now(clock)), held.note())))))
                .doOnNext(this::count)
                .then();
    }

    private static OffsetDateTime latest(OffsetDateTime a, OffsetDateTime b) {
        return a.isAfter(b) ? a : b;
    }

    private static Actor desk(String unitCode) {
        return new Actor(HistoryNotes.desk(unitCode), unitCode, null);
    }

    /** A step as stored, with the case before it. */
    private record Taken(Case before, Case.Change change) {
    }

    private Mono<Taken> apply(Case before, Case.Change change) {
        Case after = change.after();
        return files.save(change).flatMap(saved -> saved
                ? results.of(after.dossierId()).map(Optional::of).defaultIfEmpty(Optional.empty())
                : Mono.error(new ConcurrentStep(after.dossierCode()))).flatMap(result -> {
            CaseStepTaken event = new CaseStepTaken(UUID.randomUUID(), after.dossierId(), after.dossierCode(), change.entry().at(),
                    change.step(), after.status(), change.entry().actor(), change.entry().unitCode(), change.entry().note(),
                    after.dueAt(), after.originalDueAt(), after.timeliness(), after.authorityId(),
                    after.receivingUnitCode(), reasonOf(change), change.entry().role() == null ? null
                            : new vn.gov.dossier.contracts.Actor(change.entry().actor(), change.entry().unitCode(), change.entry().role()),
                    result.orElse(null));
            return events.publish(Topics.PROCESSING, event).thenReturn(new Taken(before, change));
        });
    }

    /** The processor's words the citizen is told, for the steps that have them. */
    private static String reasonOf(Case.Change change) {
        return switch (change.step()) {
            case REQUEST_SUPPLEMENT, DECIDE, EXTEND, WITHDRAW -> change.after().reason();
            default -> null;
        };
    }

    /** Counted once stored: a step refused by a concurrent one is not counted. */
    private void count(Taken taken) {
        metrics.stepTaken(taken.before(), taken.change());
    }
}
