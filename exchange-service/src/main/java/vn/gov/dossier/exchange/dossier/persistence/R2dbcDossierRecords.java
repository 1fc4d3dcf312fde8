package vn.gov.dossier.exchange.dossier.persistence;

import io.r2dbc.postgresql.codec.Json;
import io.r2dbc.spi.Row;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.Parameter;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;
import vn.gov.dossier.contracts.DossierStatus;
import vn.gov.dossier.contracts.PostalAddress;
import vn.gov.dossier.exchange.dossier.DossierRecord;
import vn.gov.dossier.exchange.dossier.DossierRecords;

/** The one writer of {@code dossier} rows. */
@Repository
class R2dbcDossierRecords implements DossierRecords {

    private static final JsonMapper JSON = JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    private final DatabaseClient database;

    R2dbcDossierRecords(DatabaseClient database) {
        this.database = database;
    }

    @Override
    public Mono<Change> apply(UUID dossierId, String code, UnaryOperator<DossierRecord> event) {
        return database.sql("INSERT INTO dossier (dossier_id, code, changed_at) VALUES (:id, :code, now()) ON CONFLICT (dossier_id) DO NOTHING")
                .bind("id", dossierId).bind("code", code).then()
                .then(database.sql("SELECT * FROM dossier WHERE dossier_id = :id FOR UPDATE").bind("id", dossierId).map((row, meta) -> record(row)).one())
                .flatMap(before -> {
                    DossierRecord moved = event.apply(before);
                    DossierRecord after = moved.showsOtherwiseThan(before) ? moved.nextVersion() : moved;
                    return after.equals(before) ? Mono.just(new Change(before, after)) : put(after).thenReturn(new Change(before, after));
                });
    }

    @Override
    public Mono<DossierRecord> byCode(String code) {
        return database.sql("SELECT * FROM dossier WHERE code = :code").bind("code", code).map((row, meta) -> record(row)).one();
    }

    /** The record written whole, as it stands after an event. */
    private Mono<Void> put(DossierRecord record) {
        return database.sql("""
                        INSERT INTO dossier (dossier_id, code, submitted, procedure_code, receiving_unit_code, receiving_province_code, channel,
                            received_at, appointment_date, electronic_identity, fee_vnd, result_delivery, result_address, applicant_full_name,
                            status, status_at, due_at, due_set_at, authority_id, authority_name, authority_set_at, result_ready, result_available,
                            payment_status, paid_at, version, changed_at)
                        VALUES (:id, :code, :submitted, :procedure, :unit, :province, :channel, :receivedAt, :appointment, :eid, :fee, :delivery,
                            :address, :applicant, :status, :statusAt, :dueAt, :dueSetAt, :authorityId, :authorityName, :authoritySetAt, :ready,
                            :available, :payment, :paidAt, :version, now())
                        ON CONFLICT (dossier_id) DO UPDATE SET submitted = EXCLUDED.submitted, procedure_code = EXCLUDED.procedure_code,
                            receiving_unit_code = EXCLUDED.receiving_unit_code, receiving_province_code = EXCLUDED.receiving_province_code,
                            channel = EXCLUDED.channel, received_at = EXCLUDED.received_at, appointment_date = EXCLUDED.appointment_date,
                            electronic_identity = EXCLUDED.electronic_identity, fee_vnd = EXCLUDED.fee_vnd,
                            result_delivery = EXCLUDED.result_delivery, result_address = EXCLUDED.result_address,
                            applicant_full_name = EXCLUDED.applicant_full_name, status = EXCLUDED.status, status_at = EXCLUDED.status_at,
                            due_at = EXCLUDED.due_at, due_set_at = EXCLUDED.due_set_at, authority_id = EXCLUDED.authority_id,
                            authority_name = EXCLUDED.authority_name, authority_set_at = EXCLUDED.authority_set_at,
                            result_ready = EXCLUDED.result_ready, result_available = EXCLUDED.result_available,
                            payment_status = EXCLUDED.payment_status, paid_at = EXCLUDED.paid_at, version = EXCLUDED.version,
                            changed_at = EXCLUDED.changed_at""")
                .bind("id", record.dossierId())
                .bind("code", record.code())
                .bind("submitted", record.submitted())
                .bind("procedure", Parameter.fromOrEmpty(record.procedureCode(), String.class))
                .bind("unit", Parameter.fromOrEmpty(record.receivingUnitCode(), String.class))
                .bind("province", Parameter.fromOrEmpty(record.receivingProvinceCode(), String.class))
                .bind("channel", Parameter.fromOrEmpty(record.channel(), String.class))
                .bind("receivedAt", Parameter.fromOrEmpty(record.receivedAt(), OffsetDateTime.class))
                .bind("appointment", Parameter.fromOrEmpty(record.appointmentDate(), LocalDate.class))
                .bind("eid", record.electronicIdentity())
                .bind("fee", Parameter.fromOrEmpty(record.feeVnd(), Long.class))
                .bind("delivery", Parameter.fromOrEmpty(record.resultDelivery(), String.class))
                .bind("address", Parameter.fromOrEmpty(record.resultAddress() == null ? null : Json.of(JSON.writeValueAsBytes(record.resultAddress())),
                        Json.class))
                .bind("applicant", Parameter.fromOrEmpty(record.applicantFullName(), String.class))
                .bind("status", Parameter.fromOrEmpty(record.status() == null ? null : record.status().name(), String.class))
                .bind("statusAt", Parameter.fromOrEmpty(record.statusAt(), OffsetDateTime.class))
                .bind("dueAt", Parameter.fromOrEmpty(record.dueAt(), OffsetDateTime.class))
                .bind("dueSetAt", Parameter.fromOrEmpty(record.dueSetAt(), OffsetDateTime.class))
                .bind("authorityId", Parameter.fromOrEmpty(record.authorityId(), String.class))
                .bind("authorityName", Parameter.fromOrEmpty(record.authorityName(), String.class))
                .bind("authoritySetAt", Parameter.fromOrEmpty(record.authoritySetAt(), OffsetDateTime.class))
                .bind("ready", record.resultReady())
                .bind("available", record.resultAvailable())
                .bind("payment", Parameter.fromOrEmpty(record.paymentStatus(), String.class))
                .bind("paidAt", Parameter.fromOrEmpty(record.paidAt(), OffsetDateTime.class))
                .bind("version", record.version())
                .then();
    }

    private static DossierRecord record(Row row) {
        Json address = row.get("result_address", Json.class);
        String status = row.get("status", String.class);
        return new DossierRecord(row.get("dossier_id", UUID.class), row.get("code", String.class), Boolean.TRUE.equals(row.get("submitted", Boolean.class)),
                row.get("procedure_code", String.class), row.get("receiving_unit_code", String.class), row.get("receiving_province_code", String.class),
                row.get("channel", String.class), row.get("received_at", OffsetDateTime.class), row.get("appointment_date", LocalDate.class),
                Boolean.TRUE.equals(row.get("electronic_identity", Boolean.class)), row.get("fee_vnd", Long.class), row.get("result_delivery", String.class),
                address == null ? null : JSON.readValue(address.asArray(), PostalAddress.class), row.get("applicant_full_name", String.class),
                status == null ? null : DossierStatus.valueOf(status), row.get("status_at", OffsetDateTime.class), row.get("due_at", OffsetDateTime.class),
                row.get("due_set_at", OffsetDateTime.class), row.get("authority_id", String.class), row.get("authority_name", String.class),
                row.get("authority_set_at", OffsetDateTime.class), Boolean.TRUE.equals(row.get("result_ready", Boolean.class)),
                Boolean.TRUE.equals(row.get("result_available", Boolean.class)), row.get("payment_status", String.class),
                row.get("paid_at", OffsetDateTime.class), row.get("version", Long.class));
    }
}
