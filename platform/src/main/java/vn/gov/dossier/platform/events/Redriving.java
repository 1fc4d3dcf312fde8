package vn.gov.dossier.platform.events;

import org.springframework.r2dbc.core.DatabaseClient;
import reactor.core.publisher.Mono;

/**
 * Re-drives one dossier's events: the events this service published for it (kept in {@code messaging.published} for
 * the retention window) go back into the outbox with their own ids, in the order they happened, and the relay publishes
 * them again. Safe whenever an operator likes: every consumer records the ids it applied and skips a repeat, so only a
 * consumer that never got an event applies it now. Each keeps the trace it was first published in.
 */
public class Redriving {

    private final DatabaseClient database;

    public Redriving(DatabaseClient database) {
        this.database = database;
    }

    /** @return how many events go out again (0: this service published nothing for that subject in the window) */
    public Mono<Long> redrive(String subject) {
        return database.sql("""
                        INSERT INTO messaging.outbox (event_id, topic, message_key, event_type, subject, occurred_at, payload, trace_parent)
                        SELECT event_id, topic, message_key, event_type, subject, occurred_at, payload, trace_parent FROM messaging.published
                        WHERE subject = :subject ORDER BY occurred_at, published_at
                        ON CONFLICT (event_id) DO NOTHING""")
                .bind("subject", subject)
                .fetch()
                .rowsUpdated();
    }
}
