package vn.gov.dossier.routing.catalogue.persistence;

import io.r2dbc.spi.Row;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.Parameter;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import vn.gov.dossier.reference.Competence;
import vn.gov.dossier.reference.CompetenceBasis;
import vn.gov.dossier.reference.CompetenceLevel;
import vn.gov.dossier.reference.Procedure;
import vn.gov.dossier.routing.catalogue.CatalogueEntry;
import vn.gov.dossier.routing.catalogue.CatalogueStore;

@Repository
class R2dbcCatalogueStore implements CatalogueStore {

    private final DatabaseClient database;

    R2dbcCatalogueStore(DatabaseClient database) {
        this.database = database;
    }

    @Override
    public Flux<CatalogueEntry> all() {
        return database.sql("SELECT * FROM catalogue_procedure ORDER BY version").map((row, meta) -> entry(row)).all();
    }

    @Override
    public Mono<CatalogueEntry> save(Procedure procedure, boolean offered) {
        return database.sql("""
                        INSERT INTO catalogue_procedure (code, name, level, basis, agency, processing_days, processing_hours, fee_vnd, source,
                            offered, version, updated_at)
                        VALUES (:code, :name, :level, :basis, :agency, :days, :hours, :fee, :source, :offered, nextval('catalogue_version'), now())
                        ON CONFLICT (code) DO UPDATE SET name = EXCLUDED.name, level = EXCLUDED.level, basis = EXCLUDED.basis,
                            agency = EXCLUDED.agency, processing_days = EXCLUDED.processing_days, processing_hours = EXCLUDED.processing_hours,
                            fee_vnd = EXCLUDED.fee_vnd, source = EXCLUDED.source, offered = EXCLUDED.offered, version = EXCLUDED.version,
                            updated_at = EXCLUDED.updated_at
                        RETURNING *""")
                .bind("code", procedure.code())
                .bind("name", procedure.name())
                .bind("level", procedure.competence().level().name())
                .bind("basis", procedure.competence().basis().name())
                .bind("agency", procedure.competence().agency())
                .bind("days", procedure.processingDays())
                .bind("hours", Parameter.fromOrEmpty(procedure.processingHours(), Integer.class))
                .bind("fee", procedure.feeVnd())
                .bind("source", procedure.source())
                .bind("offered", offered)
                .map((row, meta) -> entry(row))
                .one();
    }

    private static CatalogueEntry entry(Row row) {
        Procedure procedure = new Procedure(row.get("code", String.class), row.get("name", String.class),
                new Competence(CompetenceLevel.valueOf(row.get("level", String.class)), CompetenceBasis.valueOf(row.get("basis", String.class)),
                        row.get("agency", String.class)),
                row.get("processing_days", Integer.class), row.get("processing_hours", Integer.class), row.get("fee_vnd", Long.class),
                row.get("source", String.class));
        return new CatalogueEntry(procedure, Boolean.TRUE.equals(row.get("offered", Boolean.class)), row.get("version", Long.class));
    }
}
