package vn.gov.dossier.notification.delivery.persistence;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.Parameter;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;
import vn.gov.dossier.notification.delivery.Dossier;
import vn.gov.dossier.notification.delivery.DossierAudience;
import vn.gov.dossier.notification.delivery.Dossiers;

@Repository
class R2dbcDossiers implements Dossiers {

    private final DatabaseClient database;

    R2dbcDossiers(DatabaseClient database) {
        this.database = database;
    }

    @Override
    public Mono<Void> remember(Dossier dossier) {
        return database.sql("""
                        INSERT INTO dossier (dossier_id, dossier_code, procedure_code, receiving_unit_code, receiving_province_code, result_delivery,
                            applicant_name, phone, email, contact_known)
                        VALUES (:id, :code, :procedure, :unit, :province, :delivery, :name, :phone, :email, TRUE)
                        ON CONFLICT (dossier_id) DO UPDATE SET procedure_code = EXCLUDED.procedure_code,
                            receiving_unit_code = EXCLUDED.receiving_unit_code, receiving_province_code = EXCLUDED.receiving_province_code,
                            result_delivery = EXCLUDED.result_delivery,
                            applicant_name = EXCLUDED.applicant_name, phone = EXCLUDED.phone, email = EXCLUDED.email, contact_known = TRUE""")
                .bind("id", dossier.dossierId())
                .bind("code", dossier.dossierCode())
                .bind("procedure", dossier.procedureCode())
                .bind("unit", dossier.receivingUnitCode())
                .bind("province", Parameter.fromOrEmpty(dossier.receivingProvinceCode(), String.class))
                .bind("delivery", Parameter.fromOrEmpty(dossier.resultDelivery(), String.class))
                .bind("name", Parameter.fromOrEmpty(dossier.applicantName(), String.class))
                .bind("phone", Parameter.fromOrEmpty(dossier.phone(), String.class))
                .bind("email", Parameter.fromOrEmpty(dossier.email(), String.class))
                .then();
    }

    @Override
    public Mono<Void> routedTo(UUID dossierId, String dossierCode, String authorityName, String authorityId) {
        return database.sql("""
                        INSERT INTO dossier (dossier_id, dossier_code, authority_name, authority_id) VALUES (:id, :code, :authority, :authorityId)
                        ON CONFLICT (dossier_id) DO UPDATE SET authority_name = EXCLUDED.authority_name, authority_id = EXCLUDED.authority_id""")
                .bind("id", dossierId)
                .bind("code", dossierCode)
                .bind("authority", authorityName)
                .bind("authorityId", authorityId)
                .then();
    }

    @Override
    public Mono<DossierAudience> audience(String dossierCode) {
        return database.sql("SELECT receiving_unit_code, receiving_province_code, authority_id FROM dossier WHERE dossier_code = :code LIMIT 1")
                .bind("code", dossierCode)
                .map((row, meta) -> new DossierAudience(row.get("receiving_unit_code", String.class), row.get("receiving_province_code", String.class),
                        row.get("authority_id", String.class)))
                .one()
                .defaultIfEmpty(DossierAudience.UNKNOWN);
    }

    @Override
    public Mono<Void> withdrawn(UUID dossierId, String dossierCode, OffsetDateTime at) {
        return database.sql("""
                        INSERT INTO dossier (dossier_id, dossier_code, withdrawn_at) VALUES (:id, :code, :at)
                        ON CONFLICT (dossier_id) DO UPDATE SET withdrawn_at = COALESCE(dossier.withdrawn_at, EXCLUDED.withdrawn_at)""")
                .bind("id", dossierId)
                .bind("code", dossierCode)
                .bind("at", at)
                .then();
    }

    @Override
    public Mono<Boolean> isWithdrawn(UUID dossierId) {
        return database.sql("SELECT withdrawn_at IS NOT NULL AS withdrawn FROM dossier WHERE dossier_id = :id")
                .bind("id", dossierId)
                .map((row, meta) -> Boolean.TRUE.equals(row.get("withdrawn", Boolean.class)))
                .one()
                .defaultIfEmpty(false);
    }
}
