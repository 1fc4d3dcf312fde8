package vn.gov.dossier.processing.casework;

import java.time.OffsetDateTime;
import java.util.List;
import vn.gov.dossier.contracts.DossierStatus;
import vn.gov.dossier.platform.application.HistoryNote;

/**
 * One transition, kept forever: what, when, who, from which unit, in which role, and why: {@code note} in Vietnamese,
 * {@code noteCode} with {@code noteArgs} for a screen that says it in its reader's language (null and empty for the
 * lines written before codes existed).
 */
public record HistoryEntry(DossierStatus status, OffsetDateTime at, String actor, String unitCode, String role, String note, String noteCode,
                           List<String> noteArgs) {

    public HistoryEntry {
        noteArgs = noteArgs == null ? List.of() : List.copyOf(noteArgs);
    }

    public HistoryEntry(DossierStatus status, OffsetDateTime at, String actor, String unitCode, String role, HistoryNote note) {
        this(status, at, actor, unitCode, role, note.text(), note.code(), note.args());
    }
}
