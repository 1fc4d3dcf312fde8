package vn.gov.dossier.intake;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.Parameter;
import reactor.core.publisher.Mono;
import vn.gov.dossier.contracts.DossierStatus;
import vn.gov.dossier.platform.application.HistoryNote;

/** The one way a line of a dossier's history is written, at filing and at every later step alike. */
public final class HistoryRows {

    private HistoryRows() {
    }

    /** A line in the status the dossier has after it, with its note (its code and arguments, for each reader's language). */
    public static Mono<Void> insert(DatabaseClient database, UUID dossierId, DossierStatus status, OffsetDateTime at, HistoryNote note) {
        return database.sql("""
                        INSERT INTO dossier_history (dossier_id, status, at, note, note_code, note_args, note_by)
                        VALUES (:id, :status, :at, :note, :code, :args, :by)""")
                .bind("id", dossierId)
                .bind("status", status.name())
                .bind("at", at)
                .bind("note", Parameter.fromOrEmpty(note.text(), String.class))
                .bind("code", Parameter.fromOrEmpty(note.code(), String.class))
                .bind("args", note.args().toArray(String[]::new))
                .bind("by", Parameter.fromOrEmpty(note.by(), String.class))
                .then();
    }
}
