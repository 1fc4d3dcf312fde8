package vn.gov.dossier.processing.casework;

import vn.gov.dossier.contracts.DossierStatus;
import java.time.OffsetDateTime;

/** One transition, kept forever: what, when, who, from which unit, and why. */
public record HistoryEntry(DossierStatus status, OffsetDateTime at, String actor, String unitCode, String note) {
}
