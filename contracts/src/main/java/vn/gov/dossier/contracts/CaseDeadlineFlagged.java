package vn.gov.dossier.contracts;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * An unresolved case passed its due time (OVERDUE) or is within the due-soon threshold of it (DUE_SOON). Emitted once
 * per due time: a case whose due time moves (supplement, extension) may be flagged again for the new one. Overdue is a
 * flag, not a state. Published on {@link Topics#PROCESSING}.
 */
public record CaseDeadlineFlagged(
        UUID eventId,
        UUID dossierId,
        String dossierCode,
        OffsetDateTime occurredAt,
        String flag,
        OffsetDateTime dueAt,
        DossierStatus status,
        String authorityId,
        String receivingUnitCode) implements DossierEvent {

    public static final String TYPE = "vn.gov.dossier.processing.case-deadline-flagged.v1";

    public static final String OVERDUE = "OVERDUE";
    public static final String DUE_SOON = "DUE_SOON";
}
