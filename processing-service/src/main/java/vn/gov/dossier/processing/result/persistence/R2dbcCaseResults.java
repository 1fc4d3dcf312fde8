package vn.gov.dossier.processing.result.persistence;

import io.r2dbc.postgresql.codec.Json;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;
import vn.gov.dossier.contracts.PaperRef;
import vn.gov.dossier.processing.result.CaseResults;

@Repository
class R2dbcCaseResults implements CaseResults {

    private static final JsonMapper JSON = JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    private final DatabaseClient database;

    R2dbcCaseResults(DatabaseClient database) {
        this.database = database;
    }

    @Override
    public Mono<Void> keep(UUID dossierId, PaperRef result) {
        return database.sql("""
                        INSERT INTO case_result (dossier_id, result) VALUES (:id, :result)
                        ON CONFLICT (dossier_id) DO UPDATE SET result = EXCLUDED.result""")
                .bind("id", dossierId)
                .bind("result", Json.of(JSON.writeValueAsBytes(result)))
                .then();
    }

    @Override
    public Mono<PaperRef> of(UUID dossierId) {
        return database.sql("SELECT result FROM case_result WHERE dossier_id = :id")
                .bind("id", dossierId)
                .map((row, meta) -> JSON.readValue(row.get("result", Json.class).asArray(), PaperRef.class))
                .one();
    }
}
