package vn.gov.dossier.processing.casework.persistence;

import io.r2dbc.spi.Row;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.Parameter;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import vn.gov.dossier.contracts.CaseStep;
import vn.gov.dossier.contracts.DossierStatus;
import vn.gov.dossier.contracts.Timeliness;
import vn.gov.dossier.contracts.VietnamTime;
import vn.gov.dossier.processing.casework.Case;
import vn.gov.dossier.processing.casework.CaseFiles;
import vn.gov.dossier.processing.casework.HeldWithdrawal;
import vn.gov.dossier.processing.casework.HistoryEntry;

@Repository
class R2dbcCaseFiles implements CaseFiles {

    private final DatabaseClient database;

    R2dbcCaseFiles(DatabaseClient database) {
        this.database = database;
    }

    @Override
    public Mono<Case> byCode(String dossierCode) {
        return database.sql("SELECT * FROM processing_case WHERE dossier_code = :code").bind("code", dossierCode)
                .map((row, meta) -> map(row)).one();
    }

    @Override
    public Mono<Case> byDossierId(UUID dossierId) {
        return database.sql("SELECT * FROM processing_case WHERE dossier_id = :id").bind("id", dossierId)
                .map((row, meta) -> map(row)).one();
    }

    @Override
    public Mono<Boolean> save(Case.Change change) {
        Case after = change.after();
        HistoryEntry entry = change.entry();
        return database.sql("""
                        UPDATE processing_case SET status = :status, due_at = :due, original_due_at = :originalDue, suspended_at = :suspended,
                            timeliness = :timeliness, reason = :reason, decided_at = COALESCE(:decidedAt, decided_at), status_since = :since, version = version + 1
                        WHERE dossier_id = :id AND version = :version""")
                .bind("status", after.status().name())
                .bind("due", after.dueAt())
                .bind("originalDue", after.originalDueAt())
                .bind("suspended", Parameter.fromOrEmpty(after.suspendedAt(), OffsetDateTime.class))
                .bind("timeliness", Parameter.fromOrEmpty(after.timeliness() == null ? null : after.timeliness().name(), String.class))
                .bind("reason", Parameter.fromOrEmpty(after.reason(), String.class))
                .bind("decidedAt", Parameter.fromOrEmpty(change.step() == CaseStep.DECIDE ? entry.at() : null, OffsetDateTime.class))
                .bind("since", after.statusSince())
                .bind("id", after.dossierId())
                .bind("version", after.version())
                .fetch()
                .rowsUpdated()
                .flatMap(updated -> updated == 0L ? Mono.just(false)
                        : database.sql("""
                                        INSERT INTO case_history (dossier_id, status, at, actor, unit_code, actor_role, note, note_code, note_args)
                                        VALUES (:id, :status, :at, :actor, :unit, :role, :note, :code, :args)""")
                                .bind("id", after.dossierId())
                                .bind("status", entry.status().name())
                                .bind("at", entry.at())
                                .bind("actor", Parameter.fromOrEmpty(entry.actor(), String.class))
                                .bind("unit", Parameter.fromOrEmpty(entry.unitCode(), String.class))
                                .bind("role", Parameter.fromOrEmpty(entry.role(), String.class))
                                .bind("note", Parameter.fromOrEmpty(entry.note(), String.class))
                                .bind("code", Parameter.fromOrEmpty(entry.noteCode(), String.class))
                                .bind("args", entry.noteArgs().toArray(String[]::new))
                                .then()
                                .thenReturn(true));
    }

    @Override
    public Flux<HistoryEntry> history(String dossierCode) {
        return database.sql("""
                        SELECT h.status, h.at, h.actor, h.unit_code, h.actor_role, h.note, h.note_code, h.note_args FROM case_history h
                        JOIN processing_case c ON c.dossier_id = h.dossier_id
                        WHERE c.dossier_code = :code ORDER BY h.at, h.id""")
                .bind("code", dossierCode)
                .map((row, meta) -> new HistoryEntry(DossierStatus.valueOf(row.get("status", String.class)), VietnamTime.of(row.get("at", OffsetDateTime.class)),
                        row.get("actor", String.class), row.get("unit_code", String.class), row.get("actor_role", String.class),
                        row.get("note", String.class), row.get("note_code", String.class),
                        row.get("note_args", String[].class) == null ? List.of() : List.of(row.get("note_args", String[].class))))
                .all();
    }

    @Override
    public Mono<Void> holdWithdrawal(HeldWithdrawal withdrawal) {
        return database.sql("""
                        INSERT INTO held_withdrawal (dossier_id, dossier_code, unit_code, note, at) VALUES (:id, :code, :unit, :note, :at)
                        ON CONFLICT (dossier_id) DO NOTHING""")
                .bind("id", withdrawal.dossierId())
                .bind("code", withdrawal.dossierCode())
                .bind("unit", withdrawal.unitCode())
                .bind("note", Parameter.fromOrEmpty(withdrawal.note(), String.class))
                .bind("at", withdrawal.at())
                .then();
    }

    @Override
    public Mono<HeldWithdrawal> releaseWithdrawal(UUID dossierId) {
        return database.sql("DELETE FROM held_withdrawal WHERE dossier_id = :id RETURNING *")
                .bind("id", dossierId)
                .map((row, meta) -> new HeldWithdrawal(row.get("dossier_id", UUID.class), row.get("dossier_code", String.class),
                        row.get("unit_code", String.class), row.get("note", String.class), VietnamTime.of(row.get("at", OffsetDateTime.class))))
                .one();
    }

    private static Case map(Row row) {
        String timeliness = row.get("timeliness", String.class);
        return new Case(row.get("dossier_id", UUID.class), row.get("dossier_code", String.class), row.get("authority_id", String.class),
                row.get("receiving_unit_code", String.class), DossierStatus.valueOf(row.get("status", String.class)),
                VietnamTime.of(row.get("received_at", OffsetDateTime.class)), VietnamTime.of(row.get("due_at", OffsetDateTime.class)),
                VietnamTime.of(row.get("original_due_at", OffsetDateTime.class)), VietnamTime.of(row.get("suspended_at", OffsetDateTime.class)),
                timeliness == null ? null : Timeliness.valueOf(timeliness), row.get("reason", String.class),
                VietnamTime.of(row.get("status_since", OffsetDateTime.class)), row.get("version", Long.class));
    }
}
