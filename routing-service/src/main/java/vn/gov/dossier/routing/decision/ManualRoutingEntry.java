package vn.gov.dossier.routing.decision;

import java.time.OffsetDateTime;

/** A dossier waiting in the manual-routing queue. */
public record ManualRoutingEntry(String dossierCode, String procedureCode, String receivingUnitCode, String reason, OffsetDateTime failedAt) {
}
