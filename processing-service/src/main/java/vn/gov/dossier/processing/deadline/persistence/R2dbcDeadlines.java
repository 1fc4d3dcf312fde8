package vn.gov.dossier.processing.deadline.persistence;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import vn.gov.dossier.contracts.DossierStatus;
import vn.gov.dossier.contracts.VietnamTime;
import vn.gov.dossier.processing.deadline.Deadlines;
import vn.gov.dossier.processing.deadline.OpenCase;

@Repository
class R2dbcDeadlines implements Deadlines {

    private final DatabaseClient database;

    R2dbcDeadlines(DatabaseClient database) {
        this.database = database;
    }

    @Override
    public Flux<OpenCase> claimUnflagged(OffsetDateTime now, OffsetDateTime dueSoonHorizon, int limit) {
        return database.sql(("""
                        SELECT dossier_id, dossier_code, status, authority_id, receiving_unit_code, due_at
                        FROM processing_case
                        WHERE status IN %s AND suspended_at IS NULL AND due_at <= :horizon
                          AND CASE WHEN due_at < :now THEN overdue_flagged_for IS DISTINCT FROM due_at
                                   ELSE due_soon_flagged_for IS DISTINCT FROM due_at END
                        ORDER BY due_at
                        LIMIT :limit
                        FOR UPDATE SKIP LOCKED""").formatted(DossierStatus.sqlList(DossierStatus.UNRESOLVED)))
                .bind("now", now)
                .bind("horizon", dueSoonHorizon)
                .bind("limit", limit)
                .map((row, meta) -> new OpenCase(row.get("dossier_id", UUID.class), row.get("dossier_code", String.class),
                        DossierStatus.valueOf(row.get("status", String.class)), row.get("authority_id", String.class), row.get("receiving_unit_code", String.class),
                        VietnamTime.of(row.get("due_at", OffsetDateTime.class))))
                .all();
    }

    @Override
    public Mono<Void> markOverdue(OpenCase openCase) {
        return database.sql("UPDATE processing_case SET overdue_flagged_for = :due WHERE dossier_id = :id")
                .bind("due", openCase.dueAt()).bind("id", openCase.dossierId()).then();
    }

    @Override
    public Mono<Void> markDueSoon(OpenCase openCase) {
        return database.sql("UPDATE processing_case SET due_soon_flagged_for = :due WHERE dossier_id = :id")
                .bind("due", openCase.dueAt()).bind("id", openCase.dossierId()).then();
    }
}
