package vn.gov.dossier.platform.events;

import io.r2dbc.postgresql.codec.Json;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.Parameter;
import reactor.core.publisher.Mono;
import vn.gov.dossier.contracts.Event;
import vn.gov.dossier.contracts.EventTypes;
import vn.gov.dossier.platform.application.EventPublisher;
import vn.gov.dossier.platform.application.Traces;

/**
 * Appends an event to the outbox table. Call it inside the transaction that changes the state the event
 * describes: both commit or neither does. The relay publishes it afterwards; nothing here talks to Kafka.
 */
public class Outbox implements EventPublisher {

    private final DatabaseClient database;
    private final EventCodec codec;
    private final Traces traces;

    public Outbox(DatabaseClient database, EventCodec codec, Traces traces) {
        this.database = database;
        this.codec = codec;
        this.traces = traces;
    }

    @Override
    public Mono<Void> publish(String topic, Event event) {
        return traces.current().flatMap(traceParent -> database.sql("""
                        INSERT INTO messaging.outbox (event_id, topic, message_key, event_type, subject, occurred_at, payload, trace_parent)
                        VALUES (:eventId, :topic, :key, :type, :subject, :occurredAt, :payload, :traceParent)""")
                .bind("eventId", event.eventId())
                .bind("topic", topic)
                .bind("key", event.key())
                .bind("type", EventTypes.typeOf(event.getClass()))
                .bind("subject", event.subject())
                .bind("occurredAt", event.occurredAt())
                .bind("payload", Json.of(codec.encode(event)))
                .bind("traceParent", Parameter.fromOrEmpty(traceParent.orElse(null), String.class))
                .then());
    }
}
