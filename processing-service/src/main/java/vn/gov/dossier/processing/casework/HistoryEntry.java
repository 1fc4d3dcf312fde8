package vn.gov.dossier.processing.casework;

import java.time.OffsetDateTime;
import vn.gov.dossier.contracts.DossierStatus;

/** One transition, kept forever: what, when, who, from which unit, in which role, and why. */
public record HistoryEntry(DossierStatus status, OffsetDateTime at, String actor, String unitCode, String role, String note) {
}
