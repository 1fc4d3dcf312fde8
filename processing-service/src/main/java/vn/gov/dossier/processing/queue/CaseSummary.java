package vn.gov.dossier.processing.queue;

import java.time.OffsetDateTime;
import vn.gov.dossier.contracts.AuthorityRef;
import vn.gov.dossier.contracts.DossierStatus;

/** One case as a queue lists it. */
public record CaseSummary(String dossierCode, String procedureCode, DossierStatus status, AuthorityRef authority, String receivingUnitCode,
                          boolean crossBoundary, OffsetDateTime receivedAt, OffsetDateTime dueAt, OffsetDateTime originalDueAt, boolean overdue,
                          String timeliness) {
}
