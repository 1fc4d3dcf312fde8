package vn.gov.dossier.reporting.rebuild.persistence;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;
import vn.gov.dossier.reporting.indicators.Facts;
import vn.gov.dossier.reporting.indicators.persistence.R2dbcFacts;
import vn.gov.dossier.reporting.rebuild.ProjectionSummary;
import vn.gov.dossier.reporting.rebuild.ProjectionTables;

/** {@code rebuild_dossier_fact} and {@code rebuild_dossier_step}, shaped like the live tables and renamed over them. */
public class R2dbcProjectionTables implements ProjectionTables {

    private static final String PREFIX = "rebuild_";

    private final DatabaseClient database;
    private final TransactionalOperator transaction;
    private final Facts fresh;

    public R2dbcProjectionTables(DatabaseClient database, TransactionalOperator transaction) {
        this.database = database;
        this.transaction = transaction;
        this.fresh = new R2dbcFacts(database, PREFIX);
    }

    @Override
    public Mono<Void> createFresh() {
        return run("DROP TABLE IF EXISTS rebuild_dossier_fact")
                .then(run("DROP TABLE IF EXISTS rebuild_dossier_step"))
                .then(run("CREATE TABLE rebuild_dossier_fact (LIKE dossier_fact INCLUDING ALL)"))
                .then(run("CREATE TABLE rebuild_dossier_step (LIKE dossier_step INCLUDING ALL)"));
    }

    @Override
    public Facts fresh() {
        return fresh;
    }

    @Override
    public Mono<Void> swap() {
        return transaction.transactional(run("LOCK TABLE dossier_fact, dossier_step IN ACCESS EXCLUSIVE MODE")
                .then(run("DROP TABLE dossier_fact"))
                .then(run("DROP TABLE dossier_step"))
                .then(run("ALTER TABLE rebuild_dossier_fact RENAME TO dossier_fact"))
                .then(run("ALTER TABLE rebuild_dossier_step RENAME TO dossier_step")));
    }

    @Override
    public Mono<Void> dropFresh() {
        return run("DROP TABLE IF EXISTS rebuild_dossier_fact").then(run("DROP TABLE IF EXISTS rebuild_dossier_step"));
    }

    @Override
    public Mono<ProjectionSummary> summarize(boolean freshTables, OffsetDateTime before, OffsetDateTime closedBefore) {
        String facts = (freshTables ? PREFIX : "") + "dossier_fact";
        Mono<Long> dossiers = database.sql("SELECT count(*) AS n FROM " + facts + " WHERE received_at < :before")
                .bind("before", before)
                .map((row, meta) -> row.get("n", Long.class))
                .one();
        // Each count by the month it happened in, Vietnam time, for months that have ended.
        Mono<Map<String, List<Long>>> months = database.sql("""
                        SELECT month, sum(received) AS received, sum(resolved) AS resolved, sum(withdrawn) AS withdrawn FROM (
                            SELECT to_char(received_at AT TIME ZONE 'Asia/Ho_Chi_Minh', 'YYYY-MM') AS month, 1 AS received, 0 AS resolved, 0 AS withdrawn
                                FROM %1$s WHERE received_at < :closed
                            UNION ALL
                            SELECT to_char(decided_at AT TIME ZONE 'Asia/Ho_Chi_Minh', 'YYYY-MM'), 0, 1, 0 FROM %1$s WHERE decided_at < :closed
                            UNION ALL
                            SELECT to_char(withdrawn_at AT TIME ZONE 'Asia/Ho_Chi_Minh', 'YYYY-MM'), 0, 0, 1 FROM %1$s WHERE withdrawn_at < :closed
                        ) happened GROUP BY month""".formatted(facts))
                .bind("closed", closedBefore)
                .map((row, meta) -> Map.entry(row.get("month", String.class),
                        List.of(row.get("received", Long.class), row.get("resolved", Long.class), row.get("withdrawn", Long.class))))
                .all()
                .collectMap(Map.Entry::getKey, Map.Entry::getValue);
        return dossiers.zipWith(months, ProjectionSummary::new);
    }

    @Override
    public Mono<Boolean> claim(String holder) {
        return database.sql("""
                        INSERT INTO rebuild_lock (name, holder, since) VALUES ('rebuild', :holder, now())
                        ON CONFLICT (name) DO UPDATE SET holder = EXCLUDED.holder, since = EXCLUDED.since
                        WHERE rebuild_lock.since < now() - interval '1 hour'""")
                .bind("holder", holder)
                .fetch()
                .rowsUpdated()
                .map(claimed -> claimed == 1L);
    }

    @Override
    public Mono<Void> release(String holder) {
        return database.sql("DELETE FROM rebuild_lock WHERE name = 'rebuild' AND holder = :holder").bind("holder", holder).then();
    }

    private Mono<Void> run(String statement) {
        return database.sql(statement).then();
    }
}
