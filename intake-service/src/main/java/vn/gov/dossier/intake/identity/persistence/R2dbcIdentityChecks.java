package vn.gov.dossier.intake.identity.persistence;

import io.r2dbc.spi.Row;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import vn.gov.dossier.contracts.VietnamTime;
import vn.gov.dossier.intake.identity.IdentityCheck;
import vn.gov.dossier.intake.identity.IdentityChecks;
import vn.gov.dossier.intake.identity.PopulationRegistry;

@Repository
class R2dbcIdentityChecks implements IdentityChecks {

    private static final String SELECT = """
            SELECT c.*, d.code, d.applicant_id_number, d.applicant_full_name, d.applicant_birth_date
            FROM identity_check c JOIN dossier d ON d.id = c.dossier_id""";

    private final DatabaseClient database;

    R2dbcIdentityChecks(DatabaseClient database) {
        this.database = database;
    }

    @Override
    public Flux<IdentityCheck> claimDue(OffsetDateTime now, OffsetDateTime leaseUntil, int limit) {
        return database.sql("""
                        WITH due AS (SELECT dossier_id FROM identity_check WHERE status = 'PENDING' AND next_attempt_at <= :now
                                     ORDER BY next_attempt_at LIMIT :limit FOR UPDATE SKIP LOCKED)
                        UPDATE identity_check c SET next_attempt_at = :lease FROM due WHERE c.dossier_id = due.dossier_id
                        RETURNING c.dossier_id""")
                .bind("now", now).bind("lease", leaseUntil).bind("limit", limit)
                .map((row, meta) -> row.get("dossier_id", UUID.class)).all()
                .concatMap(id -> database.sql(SELECT + " WHERE c.dossier_id = :id").bind("id", id).map((row, meta) -> map(row)).one());
    }

    @Override
    public Mono<Void> checked(UUID dossierId, PopulationRegistry.Verdict verdict, OffsetDateTime at) {
        return database.sql("""
                        UPDATE identity_check SET status = :status, checked_at = :at, attempts = attempts + 1, detail = NULL
                        WHERE dossier_id = :id AND status = 'PENDING'""")
                .bind("id", dossierId).bind("status", verdict.name()).bind("at", at).then();
    }

    @Override
    public Mono<Void> failed(UUID dossierId, String error, OffsetDateTime nextAttemptAt) {
        return database.sql("""
                        UPDATE identity_check SET attempts = attempts + 1, next_attempt_at = :next, detail = :error
                        WHERE dossier_id = :id AND status = 'PENDING'""")
                .bind("id", dossierId).bind("next", nextAttemptAt).bind("error", error).then();
    }

    @Override
    public Mono<IdentityCheck> ofDossier(String code) {
        return database.sql(SELECT + " WHERE d.code = :code").bind("code", code).map((row, meta) -> map(row)).one();
    }

    @Override
    public Mono<Long> pending() {
        return database.sql("SELECT count(*) AS n FROM identity_check WHERE status = 'PENDING'").map((row, meta) -> row.get("n", Long.class)).one();
    }

    private static IdentityCheck map(Row row) {
        OffsetDateTime checkedAt = row.get("checked_at", OffsetDateTime.class);
        return new IdentityCheck(row.get("dossier_id", UUID.class), row.get("code", String.class), row.get("status", String.class),
                row.get("asked_by", String.class), row.get("asked_unit", String.class), VietnamTime.of(row.get("asked_at", OffsetDateTime.class)),
                row.get("attempts", Integer.class), checkedAt == null ? null : VietnamTime.of(checkedAt), row.get("detail", String.class),
                row.get("applicant_id_number", String.class), row.get("applicant_full_name", String.class),
                row.get("applicant_birth_date", LocalDate.class));
    }
}
