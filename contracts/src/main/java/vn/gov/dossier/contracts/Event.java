package vn.gov.dossier.contracts;

import java.time.OffsetDateTime;
import java.util.UUID;

/** What every event carries: its own id (the dedupe key) and when it happened; and how it is keyed on its topic. */
public interface Event {

    UUID eventId();

    OffsetDateTime occurredAt();

    /** The Kafka record key: events with the same key stay in order. */
    String key();

    /** The CloudEvents {@code subject}: what the event is about, as people name it. */
    String subject();
}
