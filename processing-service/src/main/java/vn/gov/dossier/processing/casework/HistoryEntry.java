package vn.gov.dossier.processing.casework;

import java.time.OffsetDateTime;

/** One transition, kept forever: what, when, who, from which unit, and why. */
public record HistoryEntry(CaseStatus status, OffsetDateTime at, String actor, String unitCode, String note) {
}
