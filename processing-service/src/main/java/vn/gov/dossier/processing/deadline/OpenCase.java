package vn.gov.dossier.processing.deadline;

import java.time.OffsetDateTime;
import java.util.UUID;
import vn.gov.dossier.contracts.DossierStatus;

/** An unresolved, running case near or past its due time. */
public record OpenCase(UUID dossierId, String dossierCode, DossierStatus status, String authorityId, String receivingUnitCode, OffsetDateTime dueAt) {
}
