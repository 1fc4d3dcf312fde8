package vn.gov.dossier.platform.outbound;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.r2dbc.spi.ConnectionFactory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.springframework.r2dbc.connection.R2dbcTransactionManager;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.Disposable;
import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;
import vn.gov.dossier.contracts.VietnamTime;
import vn.gov.dossier.infra.Infrastructure;
import vn.gov.dossier.infra.SharedInfrastructure;
import vn.gov.dossier.platform.application.Traces;
import vn.gov.dossier.platform.application.Transactions;
import vn.gov.dossier.platform.testing.MessagingDatabases;

/**
 * The outbound work mechanism on a real PostgreSQL, without Spring: the claim, the lease, the one backoff rule, the
 * give-up, a re-drive, newer payloads under one key, a crash between the outside call and the commit, and the
 * notification that wakes a kind's worker long before its poll.
 */
class OutboundWorkIT {

    private static final Duration PATIENCE = Duration.ofSeconds(20);
    private static final String KIND = "test-kind";
    private static final String BREAKER = "test-system";
    private static final WorkPolicy POLICY = new WorkPolicy(10, Duration.ofMinutes(2), Duration.ofSeconds(30), Duration.ofMinutes(4), 3, 2,
            Duration.ofMinutes(1), Duration.ofHours(1));

    private final Infrastructure infrastructure = SharedInfrastructure.get();
    private final MovableClock clock = new MovableClock(Instant.parse("2026-12-01T02:00:00Z"));

    @Test
    void should_claim_due_items_with_their_payload_in_one_round_and_hide_them_until_the_lease_ends() {
        Queue queue = queue("outbound_claim");
        queue.enqueue("A-1", 0, Map.of("amount", 100));
        queue.enqueue("A-2", 0, Map.of("amount", 200));

        List<WorkItem> claimed = queue.work.claim(KIND, 10, clock.now(), clock.now().plus(POLICY.lease())).collectList().block(PATIENCE);

        assertThat(claimed).extracting(WorkItem::key).containsExactly("A-1", "A-2");
        assertThat(claimed.get(0).payload(Map.class)).containsEntry("amount", 100);
        assertThat(claimed.get(0).subject()).isEqualTo("00001-261201-00001");
        assertThat(claimed.get(0).idempotencyKey()).isEqualTo(KIND + ":A-1");
        assertThat(queue.work.claim(KIND, 10, clock.now(), clock.now().plus(POLICY.lease())).collectList().block(PATIENCE)).isEmpty();

        clock.advance(POLICY.lease().plusSeconds(1));
        assertThat(queue.work.claim(KIND, 10, clock.now(), clock.now().plus(POLICY.lease())).collectList().block(PATIENCE))
                .extracting(WorkItem::key).containsExactly("A-1", "A-2");
    }

    @Test
    void should_queue_work_once_however_often_it_is_queued() {
        Queue queue = queue("outbound_once");
        queue.enqueue("B-1", 0, Map.of("n", 1));
        queue.enqueue("B-1", 0, Map.of("n", 2));

        Handler handler = new Handler(item -> Mono.just(Outcome.done()));
        queue.workers.round(handler, POLICY).block(PATIENCE);
        queue.enqueue("B-1", 0, Map.of("n", 3));

        assertThat(handler.seen).extracting(item -> item.payload(Map.class).get("n")).containsExactly(1);
        assertThat(queue.status("B-1")).isEqualTo("DONE");
        assertThat(queue.workers.round(handler, POLICY).block(PATIENCE)).isZero();
    }

    @Test
    void should_wait_longer_after_each_failure_and_give_up_once_the_attempts_are_spent_until_an_operator_redrives() {
        Queue queue = queue("outbound_backoff");
        queue.enqueue("C-1", 0, Map.of());
        Handler failing = new Handler(item -> Mono.error(new IllegalStateException("peer answered 503")));

        queue.workers.round(failing, POLICY).block(PATIENCE);
        assertThat(queue.row("C-1").dueAt()).isEqualTo(clock.now().plusSeconds(30));
        assertThat(queue.row("C-1").lastError()).isEqualTo("peer answered 503");

        clock.advance(Duration.ofSeconds(30));
        queue.workers.round(failing, POLICY).block(PATIENCE);
        assertThat(queue.row("C-1").dueAt()).isEqualTo(clock.now().plusSeconds(60));
        assertThat(queue.row("C-1").attempts()).isEqualTo(2);

        clock.advance(Duration.ofSeconds(60));
        queue.workers.round(failing, POLICY).block(PATIENCE);
        assertThat(queue.row("C-1").status()).isEqualTo("FAILED");
        assertThat(queue.work.list(KIND, OutboundWork.State.FAILED, null, null, 10).collectList().block(PATIENCE))
                .extracting(OutboundWork.View::key).containsExactly("C-1");

        clock.advance(Duration.ofHours(2));
        assertThat(queue.workers.round(failing, POLICY).block(PATIENCE)).as("a FAILED item is not tried again by itself").isZero();

        assertThat(queue.work.redrive(queue.row("C-1").id(), null).block(PATIENCE).attempts()).isZero();
        assertThat(queue.row("C-1")).isEqualTo(new Row(queue.row("C-1").id(), "PENDING", 0, clock.now(), null));
        Handler mended = new Handler(item -> Mono.just(Outcome.done()));
        assertThat(queue.workers.round(mended, POLICY).block(PATIENCE)).isEqualTo(1);
        assertThat(queue.status("C-1")).isEqualTo("DONE");
        assertThat(queue.metrics.attempts(KIND, "gave_up")).isEqualTo(1);
        assertThat(queue.metrics.attempts(KIND, "retry")).isEqualTo(2);
    }

    @Test
    void should_give_up_at_once_when_refused_and_wait_without_spending_an_attempt_when_unavailable() {
        Queue queue = queue("outbound_refused");
        queue.enqueue("D-1", 0, Map.of());
        queue.enqueue("D-2", 0, Map.of());
        Handler handler = new Handler(item -> item.key().equals("D-1")
                ? Mono.error(new Refused("address unknown"))
                : Mono.error(new Unavailable("circuit open")));

        queue.workers.round(handler, POLICY).block(PATIENCE);

        assertThat(queue.row("D-1").status()).isEqualTo("FAILED");
        assertThat(queue.row("D-2").status()).isEqualTo("PENDING");
        assertThat(queue.row("D-2").attempts()).isZero();
        assertThat(queue.row("D-2").dueAt()).isEqualTo(clock.now().plus(POLICY.whenUnavailable()));
    }

    @Test
    void should_let_a_newer_payload_replace_the_older_and_send_it_only_once_the_older_attempt_is_over() {
        Queue queue = queue("outbound_versions");
        queue.enqueue("E-1", 1, Map.of("status", "RECEIVED"));
        List<WorkItem> older = queue.work.claim(KIND, 10, clock.now(), clock.now().plus(POLICY.lease())).collectList().block(PATIENCE);
        queue.enqueue("E-1", 2, Map.of("status", "ROUTED"));
        queue.enqueue("E-1", 1, Map.of("status", "RECEIVED"));

        assertThat(queue.work.claim(KIND, 10, clock.now(), clock.now().plus(POLICY.lease())).collectList().block(PATIENCE))
                .as("no second worker sends the newer one while the older is out").isEmpty();
        queue.work.done(older.get(0), clock.now()).block(PATIENCE);

        assertThat(queue.row("E-1").status()).isEqualTo("PENDING");
        assertThat(queue.row("E-1").dueAt()).as("due at once when the older attempt ends").isEqualTo(clock.now());
        Handler handler = new Handler(item -> Mono.just(Outcome.done()));
        queue.workers.round(handler, POLICY).block(PATIENCE);
        assertThat(handler.seen).singleElement().satisfies(item -> {
            assertThat(item.version()).isEqualTo(2);
            assertThat(item.payload(Map.class)).containsEntry("status", "ROUTED");
            assertThat(item.idempotencyKey()).isEqualTo(KIND + ":E-1:2");
        });
        assertThat(queue.status("E-1")).isEqualTo("DONE");
    }

    @Test
    void should_send_the_newer_payload_at_once_when_the_older_attempt_failed() {
        Queue queue = queue("outbound_versions_failed");
        queue.enqueue("E-2", 1, Map.of("status", "RECEIVED"));
        Handler failing = new Handler(item -> {
            queue.enqueue("E-2", 2, Map.of("status", "ROUTED"));
            return Mono.error(new IllegalStateException("peer answered 503"));
        });

        queue.workers.round(failing, POLICY).block(PATIENCE);

        assertThat(queue.row("E-2").attempts()).as("the newer payload has spent nothing").isZero();
        assertThat(queue.row("E-2").dueAt()).isEqualTo(clock.now());
    }

    @Test
    void should_call_again_with_the_same_idempotency_key_when_the_commit_after_the_call_failed() {
        Queue queue = queue("outbound_crash");
        queue.enqueue("F-1", 0, Map.of());
        Handler handler = new Handler(item -> Mono.just(Outcome.done(Mono.error(new IllegalStateException("connection lost before commit")))));

        queue.workers.round(handler, POLICY).block(PATIENCE);
        clock.advance(Duration.ofMinutes(1));
        Handler after = new Handler(item -> Mono.just(Outcome.done()));
        queue.workers.round(after, POLICY).block(PATIENCE);

        assertThat(handler.seen).hasSize(1);
        assertThat(after.seen).extracting(WorkItem::idempotencyKey).containsExactly(handler.seen.get(0).idempotencyKey());
        assertThat(queue.status("F-1")).isEqualTo("DONE");
    }

    @Test
    void should_keep_trying_to_record_an_answer_through_a_database_blip_rather_than_call_again() {
        Queue queue = queue("outbound_blip");
        queue.enqueue("F-2", 0, Map.of());
        java.util.concurrent.atomic.AtomicInteger commits = new java.util.concurrent.atomic.AtomicInteger();
        Handler handler = new Handler(item -> Mono.just(Outcome.done(Mono.defer(() -> commits.incrementAndGet() == 1
                ? Mono.<Void>error(new IllegalStateException("connection reset while committing"))
                : Mono.<Void>empty()))));

        queue.workers.round(handler, POLICY).block(PATIENCE);

        assertThat(handler.seen).as("called once").hasSize(1);
        assertThat(queue.status("F-2")).isEqualTo("DONE");
        assertThat(queue.row("F-2").attempts()).isZero();
    }

    @Test
    void should_commit_the_effects_with_the_item_and_ask_again_later_without_spending_an_attempt() {
        Queue queue = queue("outbound_again");
        queue.enqueue("G-1", 0, Map.of());
        Handler tracking = new Handler(item -> Mono.just(Outcome.again(Duration.ofMinutes(10),
                queue.database.sql("INSERT INTO seen (work_key) VALUES (:key)").bind("key", item.key()).then())));

        queue.workers.round(tracking, POLICY).block(PATIENCE);

        assertThat(queue.row("G-1").status()).isEqualTo("PENDING");
        assertThat(queue.row("G-1").dueAt()).isEqualTo(clock.now().plusMinutes(10));
        assertThat(queue.count("seen")).isEqualTo(1);
    }

    @Test
    void should_wake_the_kinds_worker_when_its_work_commits_long_before_the_poll() {
        Queue queue = queue("outbound_wake");
        Handler handler = new Handler(item -> Mono.just(Outcome.done()));
        WorkNotifications notifications = new WorkNotifications(queue.connections);
        Clock realTime = Clock.systemUTC();
        OutboundWorkers live = new OutboundWorkers(new OutboundWork(queue.database, Traces.NONE, realTime), queue.transactions, Traces.NONE,
                queue.metrics, realTime);
        Disposable running = live.run(handler, POLICY, notifications.kinds()).subscribe();
        try {
            await().atMost(PATIENCE).until(() -> queue.listening() > 0);
            new OutboundWork(queue.database, Traces.NONE, realTime).enqueue(OutboundWork.NewWork.once(KIND, "H-1", null, "01", Map.of()))
                    .block(PATIENCE);

            await().atMost(Duration.ofSeconds(10)).until(() -> handler.seen.size() == 1);
            assertThat(queue.status("H-1")).isEqualTo("DONE");
        } finally {
            running.dispose();
        }
    }

    @Test
    void should_count_each_kinds_backlog_failures_and_oldest_age() {
        Queue queue = queue("outbound_stats");
        queue.enqueue("I-1", 0, Map.of());
        clock.advance(Duration.ofMinutes(5));
        queue.enqueue("I-2", 0, Map.of());

        assertThat(queue.work.stats().collectList().block(PATIENCE)).singleElement().satisfies(stats -> {
            assertThat(stats.kind()).isEqualTo(KIND);
            assertThat(stats.backlog()).isEqualTo(2);
            assertThat(stats.failed()).isZero();
            assertThat(stats.oldestSeconds()).isEqualTo(300.0);
        });
        assertThat(queue.work.list(KIND, OutboundWork.State.PENDING, "02", null, 10).collectList().block(PATIENCE))
                .as("another province's operator sees none of them").isEmpty();
    }

    @Test
    void should_show_whether_the_kinds_circuit_breaker_refuses_calls() {
        Queue queue = queue("outbound_breaker");
        CircuitBreaker breaker = queue.breakers.circuitBreaker(BREAKER);
        assertThat(breakerGauge(queue)).isZero();

        breaker.transitionToOpenState();
        assertThat(breakerGauge(queue)).as("open by its own count").isEqualTo(1.0);

        breaker.transitionToForcedOpenState();
        assertThat(breakerGauge(queue)).as("forced open by an operator").isEqualTo(1.0);

        breaker.transitionToClosedState();
        assertThat(breakerGauge(queue)).isZero();
    }

    private static double breakerGauge(Queue queue) {
        return queue.meters.get("dossier.outbound.breaker.open").tag("kind", KIND).gauge().value();
    }

    private Queue queue(String name) {
        ConnectionFactory connections = MessagingDatabases.create(infrastructure, name);
        DatabaseClient database = DatabaseClient.create(connections);
        database.sql("CREATE TABLE seen (work_key TEXT)").then().block(PATIENCE);
        TransactionalOperator operator = TransactionalOperator.create(new R2dbcTransactionManager(connections));
        Transactions transactions = new Transactions() {
            @Override
            public <T> Mono<T> inTransaction(Mono<T> work) {
                return work.as(operator::transactional);
            }
        };
        OutboundWork work = new OutboundWork(database, Traces.NONE, clock);
        Handler kind = new Handler(item -> Mono.just(Outcome.done()));
        SimpleMeterRegistry meters = new SimpleMeterRegistry();
        CircuitBreakerRegistry breakers = CircuitBreakerRegistry.ofDefaults();
        breakers.circuitBreaker(BREAKER);
        OutboundMetrics metrics = new OutboundMetrics(meters, work, List.of(kind), Optional.of(breakers));
        return new Queue(connections, database, transactions, work, meters, breakers, metrics, new OutboundWorkers(work, transactions, Traces.NONE, metrics, clock,
                Retry.backoff(2, Duration.ofMillis(10))));
    }

    private record Row(long id, String status, int attempts, OffsetDateTime dueAt, String lastError) {
    }

    private record Queue(ConnectionFactory connections, DatabaseClient database, Transactions transactions, OutboundWork work,
                         SimpleMeterRegistry meters, CircuitBreakerRegistry breakers, OutboundMetrics metrics, OutboundWorkers workers) {

        void enqueue(String key, long version, Object payload) {
            work.enqueue(new OutboundWork.NewWork(KIND, key, version, "00001-261201-00001", "01", payload)).block(PATIENCE);
        }

        Row row(String key) {
            return database.sql("SELECT * FROM messaging.outbound_work WHERE kind = :kind AND work_key = :key").bind("kind", KIND).bind("key", key)
                    .map((row, meta) -> new Row(row.get("id", Long.class), row.get("status", String.class), row.get("attempts", Integer.class),
                            VietnamTime.of(row.get("due_at", OffsetDateTime.class)), row.get("last_error", String.class)))
                    .one().block(PATIENCE);
        }

        String status(String key) {
            return row(key).status();
        }

        long count(String table) {
            return database.sql("SELECT count(*) AS n FROM " + table).map((row, meta) -> row.get("n", Long.class)).one().block(PATIENCE);
        }

        long listening() {
            return database.sql("SELECT count(*) AS n FROM pg_stat_activity WHERE query = 'LISTEN outbound_work' AND datname = current_database()")
                    .map((row, meta) -> row.get("n", Long.class)).one().block(PATIENCE);
        }
    }

    /** A kind whose answers the test decides, remembering what it was handed. */
    private static final class Handler implements WorkHandler {

        final List<WorkItem> seen = new CopyOnWriteArrayList<>();
        private final Function<WorkItem, Mono<Outcome>> answer;

        Handler(Function<WorkItem, Mono<Outcome>> answer) {
            this.answer = answer;
        }

        @Override
        public WorkKind kind() {
            return new WorkKind(KIND, WorkPolicy.DEFAULTS, BREAKER);
        }

        @Override
        public Mono<Outcome> handle(WorkItem item) {
            seen.add(item);
            return answer.apply(item);
        }
    }

    /** A clock the test moves. */
    private static final class MovableClock extends Clock {

        private volatile Instant now;

        MovableClock(Instant start) {
            this.now = start;
        }

        OffsetDateTime now() {
            return VietnamTime.of(OffsetDateTime.ofInstant(now, ZoneId.of("UTC")));
        }

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return VietnamTime.ZONE;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
