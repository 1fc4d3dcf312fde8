package vn.gov.dossier.processing.queue;

import java.time.OffsetDateTime;
import vn.gov.dossier.contracts.AuthorityRef;
import vn.gov.dossier.contracts.DossierStatus;
import vn.gov.dossier.reference.Names;

/**
 * One case as a queue lists it, with the names a processor reads beside the codes.
 *
 * @param procedureName null for a procedure the catalogue does not name
 * @param receivingUnitName the receiving desk's commune
 */
public record CaseSummary(String dossierCode, String procedureCode, DossierStatus status, AuthorityRef authority, String receivingUnitCode,
                          boolean crossBoundary, OffsetDateTime receivedAt, OffsetDateTime dueAt, OffsetDateTime originalDueAt, boolean overdue,
                          String timeliness, String procedureName, String receivingUnitName) {

    public CaseSummary(String dossierCode, String procedureCode, DossierStatus status, AuthorityRef authority, String receivingUnitCode,
                       boolean crossBoundary, OffsetDateTime receivedAt, OffsetDateTime dueAt, OffsetDateTime originalDueAt, boolean overdue,
                       String timeliness) {
        this(dossierCode, procedureCode, status, authority, receivingUnitCode, crossBoundary, receivedAt, dueAt, originalDueAt, overdue, timeliness,
                null, null);
    }

    public CaseSummary named(Names names) {
        return new CaseSummary(dossierCode, procedureCode, status, authority, receivingUnitCode, crossBoundary, receivedAt, dueAt, originalDueAt,
                overdue, timeliness, names.procedure(procedureCode), names.unit(receivingUnitCode));
    }
}
