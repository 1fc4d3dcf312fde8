package vn.gov.dossier.intake.papers.persistence;

import io.r2dbc.spi.Row;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import vn.gov.dossier.contracts.PaperRef;
import vn.gov.dossier.contracts.VietnamTime;
import vn.gov.dossier.intake.PaperRows;
import vn.gov.dossier.intake.papers.AttachedPaper;
import vn.gov.dossier.intake.papers.PaperRecords;

@Repository
class R2dbcPaperRecords implements PaperRecords {

    private final DatabaseClient database;

    R2dbcPaperRecords(DatabaseClient database) {
        this.database = database;
    }

    @Override
    public Mono<Void> add(UUID dossierId, PaperRef paper, boolean supplement) {
        return PaperRows.insert(database, dossierId, paper, supplement);
    }

    @Override
    public Flux<AttachedPaper> of(UUID dossierId) {
        return database.sql("SELECT * FROM paper WHERE dossier_id = :dossier ORDER BY position")
                .bind("dossier", dossierId)
                .map((row, meta) -> map(row))
                .all();
    }

    private static AttachedPaper map(Row row) {
        return new AttachedPaper(new PaperRef(row.get("id", UUID.class), row.get("title", String.class), row.get("requirement", String.class),
                row.get("sha256", String.class), row.get("size", Long.class), row.get("media_type", String.class),
                VietnamTime.of(row.get("attached_at", OffsetDateTime.class)), row.get("unit_code", String.class),
                row.get("attached_by", String.class)), Boolean.TRUE.equals(row.get("supplement", Boolean.class)));
    }
}
