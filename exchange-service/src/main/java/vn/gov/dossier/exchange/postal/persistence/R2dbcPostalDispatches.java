package vn.gov.dossier.exchange.postal.persistence;

import io.r2dbc.postgresql.codec.Json;
import io.r2dbc.spi.Row;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.Parameter;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;
import vn.gov.dossier.contracts.PostalAddress;
import vn.gov.dossier.contracts.VietnamTime;
import vn.gov.dossier.exchange.postal.DispatchStatus;
import vn.gov.dossier.exchange.postal.PostalDispatch;
import vn.gov.dossier.exchange.postal.PostalDispatches;
import vn.gov.dossier.exchange.postal.SendingResultsByPost;

@Repository
class R2dbcPostalDispatches implements PostalDispatches {

    private static final JsonMapper JSON = JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
    /** A dispatch with its dossier; while PENDING, the tries, last error and FAILED state of its outbound work item. */
    private static final String SELECT = """
            SELECT * FROM (
                SELECT p.id, p.dossier_id, p.reference, p.tracking_number, p.created_at, p.dispatched_at, p.delivered_at,
                       CASE WHEN p.status = 'PENDING' AND w.status = 'FAILED' THEN 'FAILED' ELSE p.status END AS status,
                       CASE WHEN p.status = 'PENDING' THEN COALESCE(w.attempts, p.attempts) ELSE p.attempts END AS attempts,
                       CASE WHEN p.status = 'PENDING' THEN w.last_error END AS last_error,
                       d.code, d.receiving_unit_code, d.receiving_province_code, d.applicant_full_name, d.result_address
                FROM postal_dispatch p JOIN dossier d ON d.dossier_id = p.dossier_id
                LEFT JOIN messaging.outbound_work w ON w.kind = '""" + SendingResultsByPost.DISPATCH + "' AND w.work_key = p.id::text) x";

    private final DatabaseClient database;

    R2dbcPostalDispatches(DatabaseClient database) {
        this.database = database;
    }

    @Override
    public Mono<PostalDispatch> create(UUID dossierId, String reference, OffsetDateTime at) {
        return database.sql("""
                        INSERT INTO postal_dispatch (dossier_id, reference, status, created_at)
                        SELECT dossier_id, :reference, 'PENDING', :at FROM dossier
                        WHERE dossier_id = :id AND result_delivery = 'POST' AND result_address IS NOT NULL
                        ON CONFLICT (dossier_id) DO NOTHING
                        RETURNING id""")
                .bind("id", dossierId)
                .bind("reference", reference)
                .bind("at", at)
                .map((row, meta) -> row.get("id", Long.class))
                .one()
                .flatMap(this::byId);
    }

    @Override
    public Mono<Void> dispatched(long id, String trackingNumber, int attempts, OffsetDateTime at) {
        return database.sql("""
                        UPDATE postal_dispatch SET status = 'DISPATCHED', tracking_number = :tracking, dispatched_at = :at, attempts = :attempts
                        WHERE id = :id AND status = 'PENDING'""")
                .bind("id", id).bind("tracking", trackingNumber).bind("attempts", attempts).bind("at", at)
                .then();
    }

    @Override
    public Mono<Boolean> delivered(long id, OffsetDateTime at) {
        return database.sql("UPDATE postal_dispatch SET status = 'DELIVERED', delivered_at = :at WHERE id = :id AND status = 'DISPATCHED'")
                .bind("id", id).bind("at", at)
                .fetch().rowsUpdated()
                .map(updated -> updated == 1);
    }

    @Override
    public Mono<PostalDispatch> byId(long id) {
        return database.sql(SELECT + " WHERE x.id = :id").bind("id", id).map((row, meta) -> map(row)).one();
    }

    @Override
    public Mono<PostalDispatch> byDossierCode(String code) {
        return database.sql(SELECT + " WHERE x.code = :code").bind("code", code).map((row, meta) -> map(row)).one();
    }

    @Override
    public Flux<PostalDispatch> list(DispatchStatus status, String receivingProvinceCode, String receivingUnitCode, int page, int size) {
        return database.sql(SELECT + """
                         WHERE (CAST(:status AS TEXT) IS NULL OR x.status = :status)
                           AND (CAST(:province AS TEXT) IS NULL OR x.receiving_province_code = :province)
                           AND (CAST(:unit AS TEXT) IS NULL OR x.receiving_unit_code = :unit)
                        ORDER BY x.created_at DESC, x.id DESC LIMIT :size OFFSET :offset""")
                .bind("status", Parameter.fromOrEmpty(status == null ? null : status.name(), String.class))
                .bind("province", Parameter.fromOrEmpty(receivingProvinceCode, String.class))
                .bind("unit", Parameter.fromOrEmpty(receivingUnitCode, String.class))
                .bind("size", size)
                .bind("offset", (long) page * size)
                .map((row, meta) -> map(row))
                .all();
    }

    private static PostalDispatch map(Row row) {
        Json address = row.get("result_address", Json.class);
        return new PostalDispatch(row.get("id", Long.class), row.get("dossier_id", UUID.class), row.get("code", String.class),
                row.get("reference", String.class), row.get("receiving_unit_code", String.class), row.get("receiving_province_code", String.class),
                row.get("applicant_full_name", String.class), address == null ? null : JSON.readValue(address.asArray(), PostalAddress.class),
                DispatchStatus.valueOf(row.get("status", String.class)), row.get("tracking_number", String.class),
                row.get("attempts", Integer.class), row.get("last_error", String.class), time(row, "created_at"), time(row, "dispatched_at"),
                time(row, "delivered_at"));
    }

    private static OffsetDateTime time(Row row, String column) {
        OffsetDateTime value = row.get(column, OffsetDateTime.class);
        return value == null ? null : VietnamTime.of(value);
    }
}
