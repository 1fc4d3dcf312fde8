package vn.gov.dossier.exchange.handover;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;
import vn.gov.dossier.contracts.PostalAddress;
import vn.gov.dossier.exchange.HandoverProperties;
import vn.gov.dossier.exchange.dossier.DossierRecord;
import vn.gov.dossier.exchange.identity.CheckingIdentities;
import vn.gov.dossier.exchange.portal.SyncingWithPortal;
import vn.gov.dossier.exchange.postal.SendingResultsByPost;

/**
 * The one-time hand-over from intake, which did this service's work before it existed: each dossier's state as intake
 * knew it (with the version the national portal holds, and a sync of the newer one where the portal is behind), the
 * identity checks done and pending, and the dispatches by post under the references the postal service knows
 * ({@code dispatch-<intake's id>}). Work that was pending there (or given up, FAILED) is pending (or FAILED) here, with
 * its tries. The state's fields carry the hand-over's time, so that replaying the topics from the start changes
 * nothing the portal holds, asks the population database nothing twice and dispatches nothing twice. Intake's rows
 * stay as they were.
 */
public class V2__Handover_from_intake extends BaseJavaMigration {

    private static final Logger log = LoggerFactory.getLogger(V2__Handover_from_intake.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HandoverProperties properties;

    public V2__Handover_from_intake(HandoverProperties properties) {
        this.properties = properties;
    }

    @Override
    public void migrate(Context context) throws Exception {
        if (properties.intakeUrl() == null || properties.intakeUrl().isBlank()) {
            log.info("no intake database to take over from (dossier.exchange.handover.intake-url unset)");
            return;
        }
        OffsetDateTime now = OffsetDateTime.now();
        Connection exchange = context.getConnection();
        try (Connection intake = DriverManager.getConnection(properties.intakeUrl(), properties.intakeUser(), properties.intakePassword())) {
            if (!intakeHasNationalTables(intake)) {
                log.info("intake's database has no national systems' tables: nothing to take over");
                return;
            }
            int dossiers = dossiers(intake, exchange, now);
            int checks = identityChecks(intake, exchange);
            int dispatches = dispatches(intake, exchange, now);
            log.info("took over from intake: {} dossiers, {} identity checks, {} postal dispatches", dossiers, checks, dispatches);
        }
    }

    private static boolean intakeHasNationalTables(Connection intake) throws SQLException {
        try (PreparedStatement query = intake.prepareStatement("SELECT to_regclass('public.portal_sync') IS NOT NULL");
             ResultSet result = query.executeQuery()) {
            return result.next() && result.getBoolean(1);
        }
    }

    private static int dossiers(Connection intake, Connection exchange, OffsetDateTime now) throws SQLException {
        int count = 0;
        try (PreparedStatement query = intake.prepareStatement("""
                SELECT d.id, d.code, d.procedure_code, d.receiving_unit_code, d.receiving_province_code, d.channel, d.status, d.received_at,
                       d.appointment_date, d.due_at, d.authority_id, d.authority_name, d.result IS NOT NULL AS result_available, d.fee_vnd,
                       d.electronic_identity, d.result_delivery, CAST(d.postal_address AS TEXT) AS postal_address, d.applicant_full_name,
                       p.status AS payment_status, p.paid_at, COALESCE(s.version, 0) AS version, COALESCE(s.synced_version, 0) AS synced_version
                FROM dossier d LEFT JOIN portal_sync s ON s.dossier_id = d.id
                LEFT JOIN LATERAL (SELECT status, paid_at FROM payment WHERE dossier_id = d.id
                                   ORDER BY (status IN ('PAID', 'REFUND_PENDING', 'REFUNDED')) DESC, created_at DESC LIMIT 1) p ON TRUE""");
             PreparedStatement insert = exchange.prepareStatement("""
                INSERT INTO dossier (dossier_id, code, submitted, procedure_code, receiving_unit_code, receiving_province_code, channel, received_at,
                    appointment_date, electronic_identity, fee_vnd, result_delivery, result_address, applicant_full_name, status, status_at, due_at,
                    due_set_at, authority_id, authority_name, authority_set_at, result_ready, result_available, payment_status, paid_at, version,
                    changed_at)
                VALUES (?, ?, TRUE, ?, ?, ?, ?, ?, ?, ?, ?, ?, CAST(? AS JSONB), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (dossier_id) DO NOTHING""")) {
            query.setFetchSize(500);
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    UUID id = row.getObject("id", UUID.class);
                    String status = row.getString("status");
                    String authorityId = row.getString("authority_id");
                    OffsetDateTime dueAt = row.getObject("due_at", OffsetDateTime.class);
                    Timestamp at = Timestamp.from(now.toInstant());
                    insert.setObject(1, id);
                    insert.setString(2, row.getString("code"));
                    insert.setString(3, row.getString("procedure_code"));
                    insert.setString(4, row.getString("receiving_unit_code"));
                    insert.setString(5, row.getString("receiving_province_code"));
                    insert.setString(6, row.getString("channel"));
                    insert.setObject(7, row.getObject("received_at", OffsetDateTime.class));
                    insert.setObject(8, row.getObject("appointment_date", LocalDate.class));
                    insert.setBoolean(9, row.getBoolean("electronic_identity"));
                    insert.setObject(10, row.getObject("fee_vnd"), Types.BIGINT);
                    insert.setString(11, row.getString("result_delivery"));
                    insert.setString(12, row.getString("postal_address"));
                    insert.setString(13, row.getString("applicant_full_name"));
                    insert.setString(14, status);
                    insert.setTimestamp(15, at);
                    insert.setObject(16, dueAt);
                    insert.setTimestamp(17, dueAt == null ? null : at);
                    insert.setString(18, authorityId);
                    insert.setString(19, row.getString("authority_name"));
                    insert.setTimestamp(20, authorityId == null ? null : at);
                    insert.setBoolean(21, "RESULT_READY".equals(status) || "RETURNED".equals(status));
                    insert.setBoolean(22, row.getBoolean("result_available"));
                    insert.setString(23, row.getString("payment_status"));
                    insert.setObject(24, row.getObject("paid_at", OffsetDateTime.class));
                    insert.setLong(25, row.getLong("version"));
                    insert.setTimestamp(26, at);
                    if (insert.executeUpdate() > 0) {
                        count++;
                        if (row.getLong("version") > row.getLong("synced_version")) {
                            queueSync(exchange, id, row, now);
                        }
                    }
                }
            }
        }
        return count;
    }

    /** The portal is behind this dossier: its latest state goes, under the version intake gave it. */
    private static void queueSync(Connection exchange, UUID id, ResultSet row, OffsetDateTime now) throws SQLException {
        String status = row.getString("status");
        DossierRecord.PortalView view = new DossierRecord.PortalView(row.getString("code"), row.getLong("version"), row.getString("procedure_code"),
                row.getString("receiving_unit_code"), row.getString("channel"), status, row.getObject("received_at", OffsetDateTime.class),
                row.getObject("appointment_date", LocalDate.class), row.getObject("due_at", OffsetDateTime.class), row.getString("authority_id"),
                row.getString("authority_name"), row.getBoolean("result_available"), (Long) row.getObject("fee_vnd"), row.getString("payment_status"),
                row.getObject("paid_at", OffsetDateTime.class), row.getBoolean("electronic_identity"));
        queue(exchange, SyncingWithPortal.KIND, row.getString("code"), view.version(), row.getString("code"), row.getString("receiving_province_code"),
                new SyncingWithPortal.Sync(id, view), "PENDING", 0, null, now);
    }

    private static int identityChecks(Connection intake, Connection exchange) throws SQLException {
        int count = 0;
        try (PreparedStatement query = intake.prepareStatement("""
                SELECT c.dossier_id, c.status, c.asked_by, c.asked_unit, c.asked_at, c.attempts, c.checked_at, d.code, d.receiving_province_code,
                       d.applicant_id_number, d.applicant_full_name, d.applicant_birth_date,
                       w.status AS work_status, w.attempts AS work_attempts, w.last_error
                FROM identity_check c JOIN dossier d ON d.id = c.dossier_id
                LEFT JOIN messaging.outbound_work w ON w.kind = 'identity-check' AND w.work_key = c.dossier_id::text""");
             PreparedStatement insert = exchange.prepareStatement("""
                INSERT INTO identity_check (dossier_id, status, asked_by, asked_unit, asked_at, attempts, checked_at)
                VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (dossier_id) DO NOTHING""")) {
            query.setFetchSize(500);
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    UUID id = row.getObject("dossier_id", UUID.class);
                    insert.setObject(1, id);
                    insert.setString(2, row.getString("status"));
                    insert.setString(3, row.getString("asked_by"));
                    insert.setString(4, row.getString("asked_unit"));
                    insert.setObject(5, row.getObject("asked_at", OffsetDateTime.class));
                    insert.setInt(6, row.getInt("attempts"));
                    insert.setObject(7, row.getObject("checked_at", OffsetDateTime.class));
                    if (insert.executeUpdate() > 0) {
                        count++;
                        if ("PENDING".equals(row.getString("status"))) {
                            queue(exchange, CheckingIdentities.KIND, id.toString(), 0, row.getString("code"), row.getString("receiving_province_code"),
                                    new CheckingIdentities.IdentityWork(id, row.getString("code"), row.getString("applicant_id_number"),
                                            row.getString("applicant_full_name"), row.getObject("applicant_birth_date", LocalDate.class),
                                            row.getString("asked_by"), row.getString("asked_unit")),
                                    "FAILED".equals(row.getString("work_status")) ? "FAILED" : "PENDING", row.getInt("work_attempts"),
                                    row.getString("last_error"), OffsetDateTime.now());
                        }
                    }
                }
            }
        }
        return count;
    }

    private static int dispatches(Connection intake, Connection exchange, OffsetDateTime now) throws SQLException {
        int count = 0;
        try (PreparedStatement query = intake.prepareStatement("""
                SELECT p.id, p.dossier_id, p.status, p.tracking_number, p.attempts, p.created_at, p.dispatched_at, p.delivered_at,
                       d.code, d.receiving_unit_code, d.receiving_province_code, d.applicant_full_name, CAST(d.postal_address AS TEXT) AS postal_address,
                       w.status AS work_status, w.attempts AS work_attempts, w.last_error
                FROM postal_dispatch p JOIN dossier d ON d.id = p.dossier_id
                LEFT JOIN messaging.outbound_work w ON w.kind = 'postal-dispatch' AND w.work_key = p.id::text""");
             PreparedStatement insert = exchange.prepareStatement("""
                INSERT INTO postal_dispatch (dossier_id, reference, status, tracking_number, attempts, created_at, dispatched_at, delivered_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (dossier_id) DO NOTHING RETURNING id""")) {
            query.setFetchSize(500);
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    UUID dossierId = row.getObject("dossier_id", UUID.class);
                    String status = row.getString("status");
                    String reference = "dispatch-" + row.getLong("id");
                    insert.setObject(1, dossierId);
                    insert.setString(2, reference);
                    insert.setString(3, status);
                    insert.setString(4, row.getString("tracking_number"));
                    insert.setInt(5, row.getInt("attempts"));
                    insert.setObject(6, row.getObject("created_at", OffsetDateTime.class));
                    insert.setObject(7, row.getObject("dispatched_at", OffsetDateTime.class));
                    insert.setObject(8, row.getObject("delivered_at", OffsetDateTime.class));
                    try (ResultSet created = insert.executeQuery()) {
                        if (!created.next()) {
                            continue;
                        }
                        long id = created.getLong(1);
                        count++;
                        String code = row.getString("code");
                        String province = row.getString("receiving_province_code");
                        String unit = row.getString("receiving_unit_code");
                        String postalAddress = row.getString("postal_address");
                        if ("PENDING".equals(status) && postalAddress == null) {
                            log.warn("dispatch {} of {} has no address to send to: taken over, not queued", reference, code);
                        } else if ("PENDING".equals(status)) {
                            PostalAddress address = JSON.readValue(postalAddress, PostalAddress.class);
                            queue(exchange, SendingResultsByPost.DISPATCH, String.valueOf(id), 0, code, province,
                                    new SendingResultsByPost.DispatchWork(id, dossierId, code, reference, unit,
                                            address.recipient() != null ? address.recipient() : row.getString("applicant_full_name"), address),
                                    "FAILED".equals(row.getString("work_status")) ? "FAILED" : "PENDING", row.getInt("work_attempts"),
                                    row.getString("last_error"), now);
                        } else if ("DISPATCHED".equals(status)) {
                            queue(exchange, SendingResultsByPost.TRACKING, String.valueOf(id), 0, code, province,
                                    new SendingResultsByPost.TrackingWork(id, dossierId, code, unit, row.getString("tracking_number")), "PENDING", 0, null,
                                    now);
                        }
                    }
                }
            }
        }
        return count;
    }

    /** An item of outbound work, as the platform queues it (its own enqueue runs reactively; this runs inside Flyway's transaction). */
    private static void queue(Connection exchange, String kind, String key, long version, String subject, String scope, Object payload, String status,
                              int attempts, String lastError, OffsetDateTime now) throws SQLException {
        try (PreparedStatement insert = exchange.prepareStatement("""
                INSERT INTO messaging.outbound_work (kind, work_key, version, subject, scope, payload, status, due_at, attempts, last_error, queued_at,
                    updated_at)
                VALUES (?, ?, ?, ?, ?, CAST(? AS JSONB), ?, ?, ?, ?, ?, ?) ON CONFLICT (kind, work_key) DO NOTHING""")) {
            insert.setString(1, kind);
            insert.setString(2, key);
            insert.setLong(3, version);
            insert.setString(4, subject);
            insert.setString(5, scope);
            insert.setString(6, JSON.writeValueAsString(payload));
            insert.setString(7, status);
            insert.setObject(8, now);
            insert.setInt(9, attempts);
            insert.setString(10, lastError);
            insert.setObject(11, now);
            insert.setObject(12, now);
            insert.executeUpdate();
        }
    }
}
