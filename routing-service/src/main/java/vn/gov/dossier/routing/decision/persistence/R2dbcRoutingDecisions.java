package vn.gov.dossier.routing.decision.persistence;

import io.r2dbc.postgresql.codec.Json;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import vn.gov.dossier.contracts.AuthorityRef;
import vn.gov.dossier.contracts.DossierSubmitted;
import vn.gov.dossier.contracts.VietnamTime;
import vn.gov.dossier.platform.events.EventCodec;
import vn.gov.dossier.platform.persistence.AuthorityColumns;
import vn.gov.dossier.routing.decision.ManualRoutingEntry;
import vn.gov.dossier.routing.decision.RoutingDecision;
import vn.gov.dossier.routing.decision.RoutingDecisions;

@Repository
class R2dbcRoutingDecisions implements RoutingDecisions {


    private final DatabaseClient database;
    private final EventCodec codec;

    R2dbcRoutingDecisions(DatabaseClient database, EventCodec codec) {
        this.database = database;
        this.codec = codec;
    }

    @Override
    public Mono<Void> record(UUID dossierId, RoutingDecision decision) {
        AuthorityRef authority = decision.authority();
        return database.sql("""
                        INSERT INTO routing_decision (dossier_id, dossier_code, authority_id, authority_name, authority_level,
                            authority_unit_code, authority_province, authority_agency, rule, cross_boundary, inter_provincial, decided_at)
                        VALUES (:id, :code, :authorityId, :name, :level, :unit, :province, :agency, :rule, :cross, :inter, :at)
                        ON CONFLICT (dossier_id) DO UPDATE SET authority_id = EXCLUDED.authority_id, authority_name = EXCLUDED.authority_name,
                            authority_level = EXCLUDED.authority_level, authority_unit_code = EXCLUDED.authority_unit_code,
                            authority_province = EXCLUDED.authority_province, authority_agency = EXCLUDED.authority_agency,
                            rule = EXCLUDED.rule, cross_boundary = EXCLUDED.cross_boundary, inter_provincial = EXCLUDED.inter_provincial,
                            decided_at = EXCLUDED.decided_at""")
                .bind("id", dossierId)
                .bind("code", decision.dossierCode())
                .bindValues(AuthorityColumns.of(authority))
                .bind("rule", decision.rule())
                .bind("cross", decision.crossBoundary())
                .bind("inter", decision.interProvincial())
                .bind("at", decision.decidedAt())
                .then();
    }

    @Override
    public Mono<RoutingDecision> byDossierCode(String dossierCode) {
        return database.sql("SELECT * FROM routing_decision WHERE dossier_code = :code")
                .bind("code", dossierCode)
                .map((row, meta) -> new RoutingDecision(row.get("dossier_code", String.class),
                        AuthorityColumns.read(row),
                        row.get("rule", String.class), Boolean.TRUE.equals(row.get("cross_boundary", Boolean.class)),
                        Boolean.TRUE.equals(row.get("inter_provincial", Boolean.class)),
                        VietnamTime.of(row.get("decided_at", OffsetDateTime.class))))
                .one();
    }

    @Override
    public Mono<Void> queueForManualRouting(DossierSubmitted submitted, String reason) {
        return database.sql("""
                        INSERT INTO routing_failure (dossier_id, dossier_code, procedure_code, receiving_unit_code, reason, submitted, failed_at)
                        VALUES (:id, :code, :procedure, :unit, :reason, :submitted, now())
                        ON CONFLICT (dossier_id) DO NOTHING""")
                .bind("id", submitted.dossierId())
                .bind("code", submitted.dossierCode())
                .bind("procedure", submitted.procedureCode())
                .bind("unit", submitted.receivingUnitCode())
                .bind("reason", reason)
                .bind("submitted", Json.of(codec.encode(submitted)))
                .then();
    }

    @Override
    public Mono<DossierSubmitted> awaitingManualRouting(String dossierCode) {
        return database.sql("SELECT submitted FROM routing_failure WHERE dossier_code = :code AND resolved_at IS NULL")
                .bind("code", dossierCode)
                .map((row, meta) -> codec.decode(row.get("submitted", Json.class).asArray(), DossierSubmitted.class))
                .one();
    }

    @Override
    public Mono<Boolean> leaveManualRouting(UUID dossierId) {
        return database.sql("UPDATE routing_failure SET resolved_at = now() WHERE dossier_id = :id AND resolved_at IS NULL")
                .bind("id", dossierId)
                .fetch()
                .rowsUpdated()
                .map(updated -> updated == 1L);
    }

    @Override
    public Flux<ManualRoutingEntry> manualRoutingQueue() {
        return database.sql("SELECT * FROM routing_failure WHERE resolved_at IS NULL ORDER BY failed_at")
                .map((row, meta) -> new ManualRoutingEntry(row.get("dossier_code", String.class), row.get("procedure_code", String.class),
                        row.get("receiving_unit_code", String.class), row.get("reason", String.class),
                        VietnamTime.of(row.get("failed_at", OffsetDateTime.class))))
                .all();
    }
}
