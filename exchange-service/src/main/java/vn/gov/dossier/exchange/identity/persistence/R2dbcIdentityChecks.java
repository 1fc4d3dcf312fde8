package vn.gov.dossier.exchange.identity.persistence;

import io.r2dbc.spi.Row;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.Parameter;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;
import vn.gov.dossier.contracts.VietnamTime;
import vn.gov.dossier.exchange.identity.CheckingIdentities;
import vn.gov.dossier.exchange.identity.IdentityCheck;
import vn.gov.dossier.exchange.identity.IdentityChecks;
import vn.gov.dossier.exchange.identity.PopulationRegistry;

@Repository
class R2dbcIdentityChecks implements IdentityChecks {

    /** A check with its dossier; while PENDING, the tries and last error of its outbound work item. */
    private static final String SELECT = """
            SELECT c.status, c.asked_by, c.asked_unit, c.asked_at, c.checked_at,
                   CASE WHEN c.status = 'PENDING' THEN COALESCE(w.attempts, c.attempts) ELSE c.attempts END AS attempts,
                   CASE WHEN c.status = 'PENDING' THEN w.last_error END AS detail,
                   d.code, d.receiving_unit_code, d.authority_id
            FROM identity_check c JOIN dossier d ON d.dossier_id = c.dossier_id
            LEFT JOIN messaging.outbound_work w ON w.kind = '""" + CheckingIdentities.KIND + "' AND w.work_key = c.dossier_id::text";

    private final DatabaseClient database;

    R2dbcIdentityChecks(DatabaseClient database) {
        this.database = database;
    }

    @Override
    public Mono<Boolean> requested(UUID dossierId, boolean electronicIdentity, String askedBy, String askedUnit, OffsetDateTime at) {
        return database.sql("""
                        INSERT INTO identity_check (dossier_id, status, asked_by, asked_unit, asked_at) VALUES (:id, :status, :by, :unit, :at)
                        ON CONFLICT (dossier_id) DO NOTHING""")
                .bind("id", dossierId)
                .bind("status", electronicIdentity ? "ELECTRONIC_IDENTITY" : "PENDING")
                .bind("by", Parameter.fromOrEmpty(askedBy, String.class))
                .bind("unit", Parameter.fromOrEmpty(askedUnit, String.class))
                .bind("at", at)
                .fetch().rowsUpdated().map(inserted -> inserted > 0);
    }

    @Override
    public Mono<Void> checked(UUID dossierId, PopulationRegistry.Verdict verdict, int attempts, OffsetDateTime at) {
        return database.sql("""
                        UPDATE identity_check SET status = :status, checked_at = :at, attempts = :attempts
                        WHERE dossier_id = :id AND status = 'PENDING'""")
                .bind("id", dossierId).bind("status", verdict.name()).bind("attempts", attempts).bind("at", at).then();
    }

    @Override
    public Mono<IdentityCheck> ofDossier(String code) {
        return database.sql(SELECT + " WHERE d.code = :code").bind("code", code).map((row, meta) -> map(row)).one();
    }

    private static IdentityCheck map(Row row) {
        OffsetDateTime checkedAt = row.get("checked_at", OffsetDateTime.class);
        return new IdentityCheck(row.get("code", String.class), row.get("status", String.class), row.get("asked_by", String.class),
                row.get("asked_unit", String.class), VietnamTime.of(row.get("asked_at", OffsetDateTime.class)), row.get("attempts", Integer.class),
                checkedAt == null ? null : VietnamTime.of(checkedAt), row.get("detail", String.class), row.get("receiving_unit_code", String.class),
                row.get("authority_id", String.class));
    }
}
