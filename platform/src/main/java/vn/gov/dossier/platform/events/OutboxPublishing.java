package vn.gov.dossier.platform.events;

import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.cloudevents.kafka.KafkaMessageFactory;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.r2dbc.postgresql.codec.Json;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.springframework.r2dbc.core.DatabaseClient;
import vn.gov.dossier.platform.metrics.MetricNames;

/**
 * Moves outbox rows to Kafka, oldest first, in batches: sends a batch, waits for the broker to acknowledge every record,
 * then moves the rows into the archive of published events. A crash between the acknowledgement and the move sends
 * those rows again with the same event ids (at-least-once); every consumer's inbox skips the repeat.
 */
final class OutboxPublishing {

    private final DatabaseClient database;
    private final Producer<String, byte[]> producer;
    private final MeterRegistry meters;
    private final URI source;
    private final int batchSize;
    private final Duration timeout;

    OutboxPublishing(DatabaseClient database, Producer<String, byte[]> producer, MeterRegistry meters, URI source, int batchSize,
                     Duration timeout) {
        this.database = database;
        this.producer = producer;
        this.meters = meters;
        this.source = source;
        this.batchSize = batchSize;
        this.timeout = timeout;
    }

    /** Publishes batches until the outbox is empty or {@code keepGoing} says stop. */
    void drain(BooleanSupplier keepGoing) {
        List<OutboxRow> rows;
        do {
            rows = nextBatch();
            if (!rows.isEmpty()) {
                send(rows);
                archive(rows);
            }
        } while (keepGoing.getAsBoolean() && rows.size() == batchSize);
    }

    List<OutboxRow> nextBatch() {
        return database.sql("""
                        SELECT id, event_id, topic, message_key, event_type, subject, occurred_at, payload, trace_parent
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
                        row.get("payload", Json.class).asArray(),
                        row.get("trace_parent", String.class)))
                .all()
                .collectList()
                .block(timeout);
    }

    /** Sends the rows and returns once the broker acknowledged all of them (throws when one was not). */
    void send(List<OutboxRow> rows) {
        List<Future<?>> acknowledgements = new ArrayList<>(rows.size());
        for (OutboxRow row : rows) {
            acknowledgements.add(producer.send(toRecord(row)));
        }
        for (int i = 0; i < rows.size(); i++) {
            try {
                acknowledgements.get(i).get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while publishing", e);
            } catch (Exception e) {
                throw new IllegalStateException("Kafka did not acknowledge event " + rows.get(i).eventId(), e);
            }
            Counter.builder(MetricNames.OUTBOX_PUBLISHED).description("Events the outbox relay published, by topic and type").tags("topic", rows.get(i).topic(), "type", rows.get(i).type()).register(meters).increment();
        }
    }

    /**
     * The CloudEvent in binary mode. The trace context travels twice: as the CloudEvents distributed-tracing extension
     * ({@code ce_traceparent}) for CloudEvents readers, and as the plain W3C {@code traceparent} header that Kafka
     * instrumentation (Spring Kafka's listener observation among them) reads to continue the trace.
     */
    private ProducerRecord<String, byte[]> toRecord(OutboxRow row) {
        CloudEventBuilder builder = CloudEventBuilder.v1()
                .withId(row.eventId().toString())
                .withSource(source)
                .withType(row.type())
                .withSubject(row.subject())
                .withTime(row.occurredAt())
                .withDataContentType("application/json")
                .withData(row.payload());
        if (row.traceParent() != null) {
            builder.withExtension(CloudEventHeaders.TRACE_PARENT_EXTENSION, row.traceParent());
        }
        CloudEvent event = builder.build();
        ProducerRecord<String, byte[]> record = KafkaMessageFactory.createWriter(row.topic(), null, null, row.key()).writeBinary(event);
        if (row.traceParent() != null) {
            record.headers().add(CloudEventHeaders.W3C_TRACE_PARENT, row.traceParent().getBytes(StandardCharsets.UTF_8));
        }
        return record;
    }

    /** Out of the outbox, into the archive of published events (for a re-drive), in one statement. */
    void archive(List<OutboxRow> rows) {
        Long[] ids = rows.stream().map(OutboxRow::id).toArray(Long[]::new);
        database.sql("""
                        WITH sent AS (DELETE FROM messaging.outbox WHERE id = ANY(:ids)
                                      RETURNING event_id, topic, message_key, event_type, subject, occurred_at, payload, trace_parent)
                        INSERT INTO messaging.published (event_id, topic, message_key, event_type, subject, occurred_at, payload, trace_parent)
                        SELECT event_id, topic, message_key, event_type, subject, occurred_at, payload, trace_parent FROM sent
                        ON CONFLICT (event_id) DO UPDATE SET published_at = now()""")
                .bind("ids", ids).then().block(timeout);
    }

    void close() {
        producer.close(Duration.ofSeconds(5));
    }

    record OutboxRow(long id, UUID eventId, String topic, String key, String type, String subject, OffsetDateTime occurredAt,
                     byte[] payload, String traceParent) {
    }
}
