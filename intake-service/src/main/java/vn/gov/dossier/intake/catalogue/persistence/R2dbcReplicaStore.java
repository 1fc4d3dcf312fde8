package vn.gov.dossier.intake.catalogue.persistence;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.Parameter;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import vn.gov.dossier.intake.catalogue.ReplicaStore;
import vn.gov.dossier.intake.catalogue.ReplicatedProcedure;

@Repository
class R2dbcReplicaStore implements ReplicaStore {

    private final DatabaseClient database;

    R2dbcReplicaStore(DatabaseClient database) {
        this.database = database;
    }

    @Override
    public Mono<Void> save(ReplicatedProcedure procedure) {
        return database.sql("""
                        INSERT INTO offered_procedure (code, name, processing_days, processing_hours, fee_vnd, offered, version, updated_at)
                        VALUES (:code, :name, :days, :hours, :fee, :offered, :version, now())
                        ON CONFLICT (code) DO UPDATE SET name = EXCLUDED.name, processing_days = EXCLUDED.processing_days,
                            processing_hours = EXCLUDED.processing_hours, fee_vnd = EXCLUDED.fee_vnd, offered = EXCLUDED.offered, version = EXCLUDED.version,
                            updated_at = EXCLUDED.updated_at
                        WHERE offered_procedure.version < EXCLUDED.version""")
                .bind("code", procedure.code())
                .bind("name", procedure.name())
                .bind("days", procedure.processingDays())
                .bind("hours", Parameter.fromOrEmpty(procedure.processingHours(), Integer.class))
                .bind("offered", procedure.offered())
                .bind("version", procedure.version())
                .bind("fee", Parameter.fromOrEmpty(procedure.feeVnd(), Long.class))
                .then();
    }

    @Override
    public Flux<ReplicatedProcedure> all() {
        return database.sql("SELECT code, name, processing_days, processing_hours, fee_vnd, offered, version FROM offered_procedure")
                .map((row, meta) -> new ReplicatedProcedure(row.get("code", String.class), row.get("name", String.class),
                        row.get("processing_days", Integer.class), row.get("processing_hours", Integer.class),
                        row.get("fee_vnd", Long.class),
                        Boolean.TRUE.equals(row.get("offered", Boolean.class)), row.get("version", Long.class)))
                .all();
    }
}
