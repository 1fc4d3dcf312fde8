package vn.gov.dossier.platform.events;

import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.cloudevents.kafka.KafkaMessageFactory;
import io.micrometer.core.instrument.MeterRegistry;
import io.r2dbc.postgresql.api.PostgresqlConnection;
import io.r2dbc.postgresql.codec.Json;
import io.r2dbc.spi.Connection;
import io.r2dbc.spi.ConnectionFactory;
import io.r2dbc.spi.Wrapped;
import java.net.URI;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.r2dbc.core.DatabaseClient;
import reactor.core.Disposable;
import reactor.core.publisher.Mono;
import vn.gov.dossier.platform.metrics.MetricNames;

/**
 * Publishes outbox rows to Kafka, in id order, and deletes them once the broker has acknowledged them.
 *
 * <ul>
 *   <li>Woken by PostgreSQL LISTEN/NOTIFY (a trigger notifies on insert, delivered at commit), with a slow poll
 *       as a safety net for a missed notification.</li>
 *   <li>Exactly one relay per database publishes at a time: the one whose listening session holds a PostgreSQL
 *       advisory lock. If it dies, its session ends, the lock frees and another instance takes over. This keeps
 *       per-dossier order across several instances of a service.</li>
 *   <li>At-least-once: a crash between the broker's acknowledgement and the delete republishes those rows with the
 *       same event ids, which every consumer's inbox skips.</li>
 * </ul>
 */
public class OutboxRelay implements SmartLifecycle {

    static final String CHANNEL = "outbox_inserted";
    private static final long LEADER_LOCK_KEY = 0x0D055_1E2L;
    /** The backlog gauge needs no more than this: a count at every wake-up would be a query per commit under load. */
    private static final Duration BACKLOG_COUNT_INTERVAL = Duration.ofSeconds(5);
    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);

    private final ConnectionFactory connectionFactory;
    private final DatabaseClient database;
    private final Producer<String, byte[]> producer;
    private final MeterRegistry meters;
    private final URI source;
    private final int batchSize;
    private final Duration pollInterval;
    private final Duration sendTimeout;

    private final Semaphore wakeUp = new Semaphore(0);
    private final AtomicLong backlog = new AtomicLong();
    private volatile boolean running;
    private Thread worker;
    private Connection listener;
    private Disposable notifications;
    private boolean leader;
    private long lastBacklogCount = System.nanoTime() - BACKLOG_COUNT_INTERVAL.toNanos();

    public OutboxRelay(ConnectionFactory connectionFactory, DatabaseClient database, Producer<String, byte[]> producer,
                       MeterRegistry meters, URI source, int batchSize, Duration pollInterval, Duration sendTimeout) {
        this.connectionFactory = unwrapPool(connectionFactory);
        this.database = database;
        this.producer = producer;
        this.meters = meters;
        this.source = source;
        this.batchSize = batchSize;
        this.pollInterval = pollInterval;
        this.sendTimeout = sendTimeout;
        meters.gauge(MetricNames.OUTBOX_BACKLOG, backlog);
    }

    /** The listening session must be its own connection, not one borrowed from (and returned to) the pool. */
    private static ConnectionFactory unwrapPool(ConnectionFactory factory) {
        ConnectionFactory current = factory;
        while (current instanceof Wrapped<?> wrapped && wrapped.unwrap() instanceof ConnectionFactory inner) {
            current = inner;
        }
        return current;
    }

    @Override
    public void start() {
        running = true;
        worker = new Thread(this::run, "outbox-relay");
        worker.setDaemon(true);
        worker.start();
    }

    @Override
    public void stop() {
        running = false;
        wakeUp.release();
        try {
            if (worker != null) {
                worker.join(TimeUnit.SECONDS.toMillis(10));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        closeListener();
        producer.close(Duration.ofSeconds(5));
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Lets a caller (or a test) ask for a drain now rather than at the next notification. */
    public void wakeUp() {
        wakeUp.release();
    }

    private void run() {
        Duration backoff = Duration.ofMillis(200);
        while (running) {
            try {
                ensureListening();
                if (!leader) {
                    leader = tryToLead();
                }
                if (leader) {
                    drain();
                }
                if (System.nanoTime() - lastBacklogCount > BACKLOG_COUNT_INTERVAL.toNanos()) {
                    backlog.set(countBacklog());
                    lastBacklogCount = System.nanoTime();
                }
                backoff = Duration.ofMillis(200);
                waitForWork(pollInterval);
            } catch (RuntimeException e) {
                if (!running) {
                    break;
                }
                meters.counter(MetricNames.OUTBOX_PUBLISH_FAILURES).increment();
                log.warn("outbox relay failed, retrying in {} ms: {}", backoff.toMillis(), e.toString());
                closeListener();
                waitForWork(backoff);
                backoff = backoff.multipliedBy(2).compareTo(Duration.ofSeconds(10)) > 0 ? Duration.ofSeconds(10) : backoff.multipliedBy(2);
            }
        }
    }

    private void waitForWork(Duration atMost) {
        try {
            if (wakeUp.tryAcquire(atMost.toMillis(), TimeUnit.MILLISECONDS)) {
                wakeUp.drainPermits();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    private void ensureListening() {
        if (listener != null) {
            return;
        }
        Connection connection = Mono.from(connectionFactory.create()).block(sendTimeout);
        if (!(connection instanceof PostgresqlConnection postgres)) {
            throw new IllegalStateException("the outbox relay needs a PostgreSQL R2DBC connection");
        }
        listener = connection;
        postgres.createStatement("LISTEN " + CHANNEL).execute().flatMap(result -> result.getRowsUpdated()).then().block(sendTimeout);
        notifications = postgres.getNotifications().subscribe(
                notification -> wakeUp.release(),
                error -> {
                    log.warn("outbox notifications stopped: {}", error.toString());
                    wakeUp.release();
                });
        leader = false;
    }

    private boolean tryToLead() {
        Boolean locked = Mono.from(listener.createStatement("SELECT pg_try_advisory_lock(" + LEADER_LOCK_KEY + ")").execute())
                .flatMap(result -> Mono.from(result.map((row, meta) -> row.get(0, Boolean.class))))
                .block(sendTimeout);
        if (Boolean.TRUE.equals(locked)) {
            log.info("this instance now relays the outbox");
            return true;
        }
        return false;
    }

    private void drain() {
        List<OutboxRow> rows;
        do {
            rows = nextBatch();
            if (!rows.isEmpty()) {
                publish(rows);
                archive(rows);
            }
        } while (running && rows.size() == batchSize);
    }

    private List<OutboxRow> nextBatch() {
        return database.sql("""
                        SELECT id, event_id, topic, message_key, event_type, subject, occurred_at, payload
                        FROM messaging.outbox ORDER BY id LIMIT :limit""")
                .bind("limit", batchSize)
                .map((row, meta) -> new OutboxRow(
                        row.get("id", Long.class),
                        row.get("event_id", UUID.class),
                        row.get("topic", String.class),
                        row.get("message_key", String.class),
                        row.get("event_type", String.class),
                        row.get("subject", String.class),
                        row.get("occurred_at", OffsetDateTime.class),
                        row.get("payload", Json.class).asArray()))
                .all()
                .collectList()
                .block(sendTimeout);
    }

    private void publish(List<OutboxRow> rows) {
        List<Future<?>> acknowledgements = new ArrayList<>(rows.size());
        for (OutboxRow row : rows) {
            acknowledgements.add(producer.send(toRecord(row)));
        }
        for (int i = 0; i < rows.size(); i++) {
            try {
                acknowledgements.get(i).get(sendTimeout.toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while publishing", e);
            } catch (Exception e) {
                throw new IllegalStateException("Kafka did not acknowledge event " + rows.get(i).eventId(), e);
            }
            meters.counter(MetricNames.OUTBOX_PUBLISHED, "topic", rows.get(i).topic(), "type", rows.get(i).type()).increment();
        }
    }

    private ProducerRecord<String, byte[]> toRecord(OutboxRow row) {
        CloudEvent event = CloudEventBuilder.v1()
                .withId(row.eventId().toString())
                .withSource(source)
                .withType(row.type())
                .withSubject(row.subject())
                .withTime(row.occurredAt())
                .withDataContentType("application/json")
                .withData(row.payload())
                .build();
        return KafkaMessageFactory.createWriter(row.topic(), null, null, row.key()).writeBinary(event);
    }

    /** Out of the outbox, into the archive of published events (for a re-drive), in one statement. */
    private void archive(List<OutboxRow> rows) {
        Long[] ids = rows.stream().map(OutboxRow::id).toArray(Long[]::new);
        database.sql("""
                        WITH sent AS (DELETE FROM messaging.outbox WHERE id = ANY(:ids)
                                      RETURNING event_id, topic, message_key, event_type, subject, occurred_at, payload)
                        INSERT INTO messaging.published (event_id, topic, message_key, event_type, subject, occurred_at, payload)
                        SELECT event_id, topic, message_key, event_type, subject, occurred_at, payload FROM sent
                        ON CONFLICT (event_id) DO UPDATE SET published_at = now()""")
                .bind("ids", ids).then().block(sendTimeout);
    }

    private long countBacklog() {
        Long count = database.sql("SELECT count(*) AS n FROM messaging.outbox")
                .map((row, meta) -> row.get("n", Long.class))
                .one()
                .block(sendTimeout);
        return count == null ? 0 : count;
    }

    private void closeListener() {
        if (notifications != null) {
            notifications.dispose();
            notifications = null;
        }
        if (listener != null) {
            try {
                Mono.from(listener.close()).block(Duration.ofSeconds(2));
            } catch (RuntimeException e) {
                log.debug("closing the outbox listener: {}", e.toString());
            }
            listener = null;
        }
        leader = false;
    }

    private record OutboxRow(long id, UUID eventId, String topic, String key, String type, String subject,
                             OffsetDateTime occurredAt, byte[] payload) {
    }
}
