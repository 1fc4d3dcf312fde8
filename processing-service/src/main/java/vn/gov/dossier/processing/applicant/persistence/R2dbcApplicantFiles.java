package vn.gov.dossier.processing.applicant.persistence;

import io.r2dbc.postgresql.codec.Json;
import java.util.List;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;
import vn.gov.dossier.contracts.PaperRef;
import vn.gov.dossier.processing.applicant.ApplicantFile;
import vn.gov.dossier.processing.applicant.ApplicantFiles;
import vn.gov.dossier.processing.applicant.CasePaper;

@Repository
class R2dbcApplicantFiles implements ApplicantFiles {

    private static final JsonMapper JSON = JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    private final DatabaseClient database;

    R2dbcApplicantFiles(DatabaseClient database) {
        this.database = database;
    }

    @Override
    public Mono<Void> keep(ApplicantFile file) {
        return database.sql("""
                        INSERT INTO applicant_file (dossier_id, dossier_code, file) VALUES (:id, :code, :file)
                        ON CONFLICT (dossier_id) DO NOTHING""")
                .bind("id", file.dossierId())
                .bind("code", file.dossierCode())
                .bind("file", Json.of(JSON.writeValueAsBytes(file)))
                .then();
    }

    @Override
    public Mono<Void> addPapers(UUID dossierId, List<PaperRef> papers, boolean fresh) {
        return Flux.fromIterable(papers).concatMap(paper -> database.sql("""
                                INSERT INTO case_paper (id, dossier_id, attached_at, paper, fresh) VALUES (:id, :dossier, :at, :paper, :fresh)
                                ON CONFLICT (id) DO NOTHING""")
                        .bind("id", paper.id())
                        .bind("dossier", dossierId)
                        .bind("at", paper.attachedAt())
                        .bind("paper", Json.of(JSON.writeValueAsBytes(paper)))
                        .bind("fresh", fresh)
                        .then())
                .then();
    }

    @Override
    public Mono<ApplicantFile> of(String dossierCode) {
        return database.sql("SELECT file FROM applicant_file WHERE dossier_code = :code")
                .bind("code", dossierCode)
                .map((row, meta) -> JSON.readValue(row.get("file", Json.class).asArray(), ApplicantFile.class))
                .one();
    }

    @Override
    public Flux<CasePaper> papers(String dossierCode) {
        return database.sql("""
                        SELECT p.paper, p.fresh FROM case_paper p JOIN applicant_file f ON f.dossier_id = p.dossier_id
                        WHERE f.dossier_code = :code ORDER BY p.position""")
                .bind("code", dossierCode)
                .map((row, meta) -> new CasePaper(JSON.readValue(row.get("paper", Json.class).asArray(), PaperRef.class),
                        Boolean.TRUE.equals(row.get("fresh", Boolean.class))))
                .all();
    }
}
