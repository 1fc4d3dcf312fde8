package vn.gov.dossier.reporting.reconciliation.persistence;

import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.Map;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import vn.gov.dossier.contracts.VietnamTime;
import vn.gov.dossier.reporting.reconciliation.StuckDossier;
import vn.gov.dossier.reporting.reconciliation.StuckDossiers;

@Repository
class R2dbcStuckDossiers implements StuckDossiers {

    /** One row per stuck dossier: what did not happen, and since when. */
    private static final String STUCK = """
            SELECT dossier_code, 'AWAITING_ROUTING' AS stage, received_at AS since FROM dossier_fact
            WHERE received_at < :before AND routed_at IS NULL AND routing_failed_at IS NULL AND withdrawn_at IS NULL
            UNION ALL
            SELECT dossier_code, 'RECEIPT_MISSING', routed_at FROM dossier_fact
            WHERE routed_at < :before AND received_at IS NULL""";

    private final DatabaseClient database;

    R2dbcStuckDossiers(DatabaseClient database) {
        this.database = database;
    }

    @Override
    public Flux<StuckDossier> since(OffsetDateTime before, int limit) {
        return database.sql(STUCK + " ORDER BY since, dossier_code LIMIT :limit")
                .bind("before", before)
                .bind("limit", limit)
                .map((row, meta) -> {
                    StuckDossier.Stage stage = StuckDossier.Stage.valueOf(row.get("stage", String.class));
                    return new StuckDossier(row.get("dossier_code", String.class), stage, VietnamTime.of(row.get("since", OffsetDateTime.class)),
                            stage.owners());
                })
                .all();
    }

    @Override
    public Mono<Map<StuckDossier.Stage, Long>> count(OffsetDateTime before) {
        return database.sql("SELECT stage, count(*) AS n FROM (" + STUCK + ") stuck GROUP BY stage")
                .bind("before", before)
                .map((row, meta) -> Map.entry(StuckDossier.Stage.valueOf(row.get("stage", String.class)), row.get("n", Long.class)))
                .all()
                .collect(() -> {
                    Map<StuckDossier.Stage, Long> counts = new EnumMap<>(StuckDossier.Stage.class);
                    for (StuckDossier.Stage stage : StuckDossier.Stage.values()) {
                        counts.put(stage, 0L);
                    }
                    return counts;
                }, (counts, entry) -> counts.put(entry.getKey(), entry.getValue()));
    }
}
