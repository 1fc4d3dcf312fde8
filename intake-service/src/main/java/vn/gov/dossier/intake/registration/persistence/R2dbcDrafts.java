package vn.gov.dossier.intake.registration.persistence;

import io.r2dbc.postgresql.codec.Json;
import io.r2dbc.spi.Row;
import java.time.OffsetDateTime;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;
import vn.gov.dossier.contracts.VietnamTime;
import vn.gov.dossier.intake.registration.Draft;
import vn.gov.dossier.intake.registration.Drafts;
import vn.gov.dossier.intake.registration.NewDossier;

@Repository
class R2dbcDrafts implements Drafts {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final DatabaseClient database;

    R2dbcDrafts(DatabaseClient database) {
        this.database = database;
    }

    @Override
    public Mono<Void> add(Draft draft) {
        return database.sql("""
                        INSERT INTO draft (code, citizen_id, citizen_name, request, created_at, expires_at)
                        VALUES (:code, :citizen, :name, :request, :created, :expires)""")
                .bind("code", draft.code())
                .bind("citizen", draft.citizenId())
                .bind("name", draft.citizenName())
                .bind("request", Json.of(JSON.writeValueAsBytes(draft.request())))
                .bind("created", draft.createdAt())
                .bind("expires", draft.expiresAt())
                .then();
    }

    @Override
    public Mono<Draft> byCode(String code) {
        return database.sql("SELECT * FROM draft WHERE code = :code").bind("code", code).map((row, meta) -> map(row)).one();
    }

    @Override
    public Flux<Draft> ofCitizen(String citizenId, int limit) {
        return database.sql("SELECT * FROM draft WHERE citizen_id = :citizen ORDER BY created_at DESC LIMIT :limit")
                .bind("citizen", citizenId).bind("limit", limit).map((row, meta) -> map(row)).all();
    }

    @Override
    public Mono<Void> filed(String code, String dossierCode) {
        return database.sql("UPDATE draft SET dossier_code = :dossier WHERE code = :code AND dossier_code IS NULL")
                .bind("code", code).bind("dossier", dossierCode).then();
    }

    private static Draft map(Row row) {
        return new Draft(row.get("code", String.class), row.get("citizen_id", String.class), row.get("citizen_name", String.class),
                JSON.readValue(row.get("request", Json.class).asArray(), NewDossier.class), VietnamTime.of(row.get("created_at", OffsetDateTime.class)),
                VietnamTime.of(row.get("expires_at", OffsetDateTime.class)), row.get("dossier_code", String.class));
    }
}
