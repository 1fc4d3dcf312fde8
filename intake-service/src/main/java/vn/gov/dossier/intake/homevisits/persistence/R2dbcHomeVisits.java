package vn.gov.dossier.intake.homevisits.persistence;

import io.r2dbc.spi.Row;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.Parameter;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import vn.gov.dossier.contracts.VietnamTime;
import vn.gov.dossier.intake.homevisits.HomeVisit;
import vn.gov.dossier.intake.homevisits.HomeVisits;
import vn.gov.dossier.intake.registration.VisitBook;

@Repository
class R2dbcHomeVisits implements HomeVisits, VisitBook {

    private final DatabaseClient database;

    R2dbcHomeVisits(DatabaseClient database) {
        this.database = database;
    }

    @Override
    public Mono<Void> add(HomeVisit visit) {
        return database.sql("""
                        INSERT INTO home_visit (id, commune_code, applicant_name, phone, street, reason, procedure_code, note, requested_by,
                            requested_at, status)
                        VALUES (:id, :commune, :name, :phone, :street, :reason, :procedure, :note, :by, :at, :status)""")
                .bind("id", visit.id()).bind("commune", visit.communeCode()).bind("name", visit.applicantName())
                .bind("phone", Parameter.fromOrEmpty(visit.phone(), String.class)).bind("street", visit.street()).bind("reason", visit.reason())
                .bind("procedure", Parameter.fromOrEmpty(visit.procedureCode(), String.class))
                .bind("note", Parameter.fromOrEmpty(visit.note(), String.class)).bind("by", visit.requestedBy()).bind("at", visit.requestedAt())
                .bind("status", visit.status())
                .then();
    }

    @Override
    public Mono<HomeVisit> byId(UUID id) {
        return database.sql("SELECT * FROM home_visit WHERE id = :id").bind("id", id).map((row, meta) -> map(row)).one();
    }

    @Override
    public Flux<HomeVisit> ofCommune(String communeCode, String status) {
        return database.sql("""
                        SELECT * FROM home_visit WHERE commune_code = :commune AND (:status = '' OR status = :status)
                        ORDER BY scheduled_for NULLS LAST, requested_at LIMIT 500""")
                .bind("commune", communeCode).bind("status", status == null ? "" : status)
                .map((row, meta) -> map(row)).all();
    }

    @Override
    public Mono<Boolean> schedule(UUID id, LocalDate day, String shift, String assignedTo) {
        return database.sql("""
                        UPDATE home_visit SET status = 'SCHEDULED', scheduled_for = :day, shift = :shift, assigned_to = :to, version = version + 1
                        WHERE id = :id AND status IN ('REQUESTED', 'SCHEDULED')""")
                .bind("id", id).bind("day", day).bind("shift", Parameter.fromOrEmpty(shift, String.class)).bind("to", assignedTo)
                .fetch().rowsUpdated().map(updated -> updated > 0);
    }

    @Override
    public Mono<Boolean> filed(UUID id, String dossierCode) {
        return database.sql("UPDATE home_visit SET status = 'FILED', dossier_code = :code, version = version + 1 WHERE id = :id AND status <> 'FILED'")
                .bind("id", id).bind("code", dossierCode).fetch().rowsUpdated().map(updated -> updated > 0);
    }

    @Override
    public Mono<Visit> visit(UUID id) {
        return byId(id).map(visit -> new Visit(visit.id(), visit.communeCode(), visit.street(), visit.applicantName(), visit.status(),
                visit.dossierCode()));
    }

    @Override
    public Mono<Boolean> recordFiling(UUID id, String dossierCode) {
        return filed(id, dossierCode);
    }

    private static HomeVisit map(Row row) {
        return new HomeVisit(row.get("id", UUID.class), row.get("commune_code", String.class), row.get("applicant_name", String.class),
                row.get("phone", String.class), row.get("street", String.class), row.get("reason", String.class),
                row.get("procedure_code", String.class), row.get("note", String.class), row.get("requested_by", String.class),
                VietnamTime.of(row.get("requested_at", OffsetDateTime.class)), row.get("status", String.class),
                row.get("scheduled_for", LocalDate.class), row.get("shift", String.class), row.get("assigned_to", String.class),
                row.get("dossier_code", String.class));
    }
}
