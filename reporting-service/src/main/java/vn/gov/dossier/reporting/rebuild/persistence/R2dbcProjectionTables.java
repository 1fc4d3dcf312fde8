package vn.gov.dossier.reporting.rebuild.persistence;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;
import vn.gov.dossier.reporting.indicators.Facts;
import vn.gov.dossier.reporting.indicators.persistence.R2dbcFacts;
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

    private Mono<Void> run(String statement) {
        return database.sql(statement).then();
    }
}
