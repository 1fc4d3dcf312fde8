package vn.gov.dossier.platform.events;

import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import reactor.core.publisher.Mono;

/**
 * Which events each consumer has applied (after Debezium's MessageLog). Claiming an event inside the consumer's
 * transaction either records it (first delivery) or finds it there (redelivery: skip). Keyed by (consumer, event id).
 */
public class Inbox {

    private final DatabaseClient database;

    public Inbox(DatabaseClient database) {
        this.database = database;
    }

    /** True on the first delivery of this event to this consumer, false on any later one. */
    public Mono<Boolean> claim(String consumer, UUID eventId) {
        return database.sql("""
                        INSERT INTO messaging.inbox (consumer, event_id) VALUES (:consumer, :eventId)
                        ON CONFLICT (consumer, event_id) DO NOTHING""")
                .bind("consumer", consumer)
                .bind("eventId", eventId)
                .fetch()
                .rowsUpdated()
                .map(rows -> rows == 1L);
    }
}
