package vn.gov.dossier.contracts;

import java.time.OffsetDateTime;
import java.util.UUID;

/** What every dossier event carries: its own id (the dedupe key), the dossier it is about, and when it happened. */
public interface DossierEvent {

    UUID eventId();

    UUID dossierId();

    String dossierCode();

    OffsetDateTime occurredAt();
}
