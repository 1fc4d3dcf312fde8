package vn.gov.dossier.platform.outbound;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.Exceptions;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;
import vn.gov.dossier.platform.application.Traces;
import vn.gov.dossier.platform.application.Transactions;

/**
 * The one loop that does outbound work, the same for every kind. A round claims the kind's due items (one statement),
 * hands each to the kind's handler ({@code concurrency} at a time, each in the trace that queued it) and records what
 * came of it: done (with the handler's effects, in one transaction), again later, postponed while the outside system
 * is unavailable, retried after the kind's backoff, or FAILED once its attempts are spent. Rounds follow each other
 * while they find full batches; a kind is woken by its notification, and polled slowly as the safety net.
 */
public class OutboundWorkers {

    /** The span of one attempt, tagged with the kind, in the trace of the work that queued the item. */
    public static final String ATTEMPT_SPAN = "dossier.outbound.attempt";
    private static final Logger log = LoggerFactory.getLogger(OutboundWorkers.class);
    /**
     * How long the answer of an outside system that took the work is kept trying to be recorded (a database restart
     * takes seconds): only a crash in that window makes the call repeat, with the same idempotency key.
     */
    public static final Retry RECORDING = Retry.backoff(8, Duration.ofMillis(250)).maxBackoff(Duration.ofSeconds(5));

    private final OutboundWork work;
    private final Transactions transactions;
    private final Traces traces;
    private final OutboundMetrics metrics;
    private final Clock clock;
    private final Retry recording;

    public OutboundWorkers(OutboundWork work, Transactions transactions, Traces traces, OutboundMetrics metrics, Clock clock) {
        this(work, transactions, traces, metrics, clock, RECORDING);
    }

    /** @param recording how an answer's recording is retried through a database blip ({@link #RECORDING}) */
    public OutboundWorkers(OutboundWork work, Transactions transactions, Traces traces, OutboundMetrics metrics, Clock clock, Retry recording) {
        this.recording = recording;
        this.work = work;
        this.transactions = transactions;
        this.traces = traces;
        this.metrics = metrics;
        this.clock = clock;
    }

    /** Rounds of one kind for as long as it is subscribed: at once, when the kind is notified, and every poll interval. */
    public Flux<Long> run(WorkHandler handler, WorkPolicy policy, Flux<String> notified) {
        Flux<Object> wakeUps = Flux.merge(Flux.interval(Duration.ZERO, policy.pollInterval()),
                notified.filter(kind -> kind.equals(handler.kind().name()) || kind.equals(WorkNotifications.EVERY_KIND)));
        return wakeUps.onBackpressureLatest()
                .concatMap(wakeUp -> round(handler, policy).expand(handled -> handled >= policy.batchSize() ? round(handler, policy) : Mono.empty())
                        .onErrorResume(error -> {
                            log.warn("{} round failed, next when woken: {}", handler.kind().name(), error.toString());
                            return Mono.empty();
                        }), 1);
    }

    /** One round: claims what is due and handles it; how many items were claimed. */
    public Mono<Long> round(WorkHandler handler, WorkPolicy policy) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        return work.claim(handler.kind().name(), policy.batchSize(), now, now.plus(policy.lease()))
                .flatMap(item -> traces.continued(item.traceParent(), ATTEMPT_SPAN, Map.of("kind", item.kind()),
                                attempt(handler, policy, item).thenReturn(item)),
                        policy.concurrency())
                .count();
    }

    private Mono<Void> attempt(WorkHandler handler, WorkPolicy policy, WorkItem item) {
        return Mono.defer(() -> handler.handle(item))
                .flatMap(outcome -> Mono.defer(() -> transactions.inTransaction(outcome.effects().then(Mono.defer(() -> record(item, outcome)))))
                        // The outside system took it: recording that is retried through a database blip, not the call.
                        .retryWhen(recording)
                        .doOnSuccess(recorded -> metrics.attempted(item.kind(), outcome instanceof Outcome.Again ? "again" : "done")))
                .onErrorResume(error -> failed(policy, item, Exceptions.isRetryExhausted(error) && error.getCause() != null ? error.getCause() : error));
    }

    private Mono<Void> record(WorkItem item, Outcome outcome) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        if (outcome instanceof Outcome.Again again) {
            return work.again(item, now.plus(again.after()), now);
        }
        return work.done(item, now);
    }

    private Mono<Void> failed(WorkPolicy policy, WorkItem item, Throwable error) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        if (error instanceof Unavailable || error instanceof CallNotPermittedException) {
            metrics.attempted(item.kind(), "postponed");
            log.info("{} {} postponed {}: {}", item.kind(), item.key(), policy.whenUnavailable(), error.getMessage());
            return work.postponed(item, now.plus(policy.whenUnavailable()));
        }
        int attempts = item.attempts() + 1;
        boolean giveUp = error instanceof Refused || policy.spent(attempts);
        Duration wait = policy.backoff(attempts);
        metrics.attempted(item.kind(), giveUp ? "gave_up" : "retry");
        log.warn("{} {} (dossier {}) failed, attempt {}{}: {}", item.kind(), item.key(), item.subject(), attempts,
                giveUp ? ", given up until an operator re-drives it" : ", next in " + wait, error.toString());
        return work.failed(item, attempts, String.valueOf(error.getMessage() == null ? error.toString() : error.getMessage()),
                giveUp ? null : now.plus(wait), now);
    }
}
