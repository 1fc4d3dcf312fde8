package vn.gov.dossier.intake.portal.persistence;

import io.r2dbc.spi.Row;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import vn.gov.dossier.contracts.VietnamTime;
import vn.gov.dossier.intake.portal.PortalRecord;
import vn.gov.dossier.intake.portal.PortalSyncs;

@Repository
class R2dbcPortalSyncs implements PortalSyncs {

    /** A dossier's latest state with its latest payment, as the portal is sent it. */
    private static final String RECORD = """
            SELECT s.version, d.code, d.procedure_code, d.receiving_unit_code, d.channel, d.status, d.received_at, d.appointment_date,
                   d.due_at, d.authority_id, d.authority_name, d.result IS NOT NULL AS result_available, d.fee_vnd, d.electronic_identity,
                   p.status AS payment_status, p.paid_at
            FROM portal_sync s JOIN dossier d ON d.id = s.dossier_id
            LEFT JOIN LATERAL (SELECT status, paid_at FROM payment WHERE dossier_id = d.id
                               ORDER BY (status IN ('PAID', 'REFUND_PENDING', 'REFUNDED')) DESC, created_at DESC LIMIT 1) p ON TRUE""";

    private final DatabaseClient database;

    R2dbcPortalSyncs(DatabaseClient database) {
        this.database = database;
    }

    @Override
    public Flux<PortalRecord> claimDue(OffsetDateTime now, OffsetDateTime leaseUntil, int limit) {
        return database.sql("""
                        WITH due AS (SELECT dossier_id FROM portal_sync WHERE version > synced_version AND next_attempt_at <= :now
                                     ORDER BY next_attempt_at LIMIT :limit FOR UPDATE SKIP LOCKED)
                        UPDATE portal_sync s SET next_attempt_at = :lease FROM due WHERE s.dossier_id = due.dossier_id
                        RETURNING s.dossier_id""")
                .bind("now", now).bind("lease", leaseUntil).bind("limit", limit)
                .map((row, meta) -> row.get("dossier_id", UUID.class)).all()
                .concatMap(id -> database.sql(RECORD + " WHERE s.dossier_id = :id").bind("id", id).map((row, meta) -> record(row)).one());
    }

    @Override
    public Mono<Void> synced(String dossierCode, long version, OffsetDateTime at) {
        // GREATEST: a slower instance that sent an older version never lowers what was synced.
        return database.sql("""
                        UPDATE portal_sync SET synced_version = GREATEST(synced_version, :version), synced_at = :at, attempts = 0,
                            last_error = NULL, next_attempt_at = :at
                        WHERE dossier_id = (SELECT id FROM dossier WHERE code = :code)""")
                .bind("code", dossierCode).bind("version", version).bind("at", at).then();
    }

    @Override
    public Mono<Void> failed(String dossierCode, String error, OffsetDateTime now) {
        return database.sql("""
                        UPDATE portal_sync SET attempts = attempts + 1, last_error = :error,
                            next_attempt_at = :now + make_interval(secs => LEAST(1800, 15 * power(2, LEAST(attempts, 7))))
                        WHERE dossier_id = (SELECT id FROM dossier WHERE code = :code)""")
                .bind("code", dossierCode).bind("error", error).bind("now", now).then();
    }

    @Override
    public Flux<Pending> backlog(String provinceCode, int limit) {
        return database.sql("""
                        SELECT s.*, d.code FROM portal_sync s JOIN dossier d ON d.id = s.dossier_id
                        WHERE s.version > s.synced_version AND (:province = '' OR d.receiving_province_code = :province)
                        ORDER BY s.changed_at LIMIT :limit""")
                .bind("limit", limit).bind("province", provinceCode == null ? "" : provinceCode)
                .map((row, meta) -> new Pending(row.get("dossier_id", UUID.class), row.get("code", String.class), row.get("version", Long.class),
                        row.get("synced_version", Long.class), row.get("attempts", Integer.class),
                        VietnamTime.of(row.get("changed_at", OffsetDateTime.class)), VietnamTime.of(row.get("next_attempt_at", OffsetDateTime.class)),
                        row.get("last_error", String.class)))
                .all();
    }

    @Override
    public Mono<Long> backlogSize() {
        return database.sql("SELECT count(*) AS n FROM portal_sync WHERE version > synced_version").map((row, meta) -> row.get("n", Long.class)).one();
    }

    @Override
    public Mono<Boolean> redrive(String dossierCode, String provinceCode, OffsetDateTime now) {
        return database.sql("""
                        UPDATE portal_sync SET next_attempt_at = :now, attempts = 0
                        WHERE dossier_id = (SELECT id FROM dossier WHERE code = :code AND (:province = '' OR receiving_province_code = :province))
                            AND version > synced_version""")
                .bind("code", dossierCode).bind("now", now).bind("province", provinceCode == null ? "" : provinceCode).fetch().rowsUpdated().map(updated -> updated > 0);
    }

    private static PortalRecord record(Row row) {
        OffsetDateTime paidAt = row.get("paid_at", OffsetDateTime.class);
        return new PortalRecord(row.get("code", String.class), row.get("version", Long.class), row.get("procedure_code", String.class),
                row.get("receiving_unit_code", String.class), row.get("channel", String.class), row.get("status", String.class),
                VietnamTime.of(row.get("received_at", OffsetDateTime.class)), row.get("appointment_date", LocalDate.class),
                VietnamTime.of(row.get("due_at", OffsetDateTime.class)), row.get("authority_id", String.class), row.get("authority_name", String.class),
                Boolean.TRUE.equals(row.get("result_available", Boolean.class)), row.get("fee_vnd", Long.class), row.get("payment_status", String.class),
                paidAt == null ? null : VietnamTime.of(paidAt), Boolean.TRUE.equals(row.get("electronic_identity", Boolean.class)));
    }
}
