package vn.gov.dossier.reporting.targets.persistence;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import vn.gov.dossier.contracts.VietnamTime;
import vn.gov.dossier.reporting.targets.Target;
import vn.gov.dossier.reporting.targets.Targets;

@Repository
class R2dbcTargets implements Targets {

    private final DatabaseClient database;

    R2dbcTargets(DatabaseClient database) {
        this.database = database;
    }

    @Override
    public Mono<Void> set(Target target) {
        return database.sql("""
                        INSERT INTO target (scope, indicator, value, deadline, set_by, set_at) VALUES (:scope, :indicator, :value, :deadline, :by, :at)
                        ON CONFLICT (scope, indicator) DO UPDATE SET value = EXCLUDED.value, deadline = EXCLUDED.deadline,
                            set_by = EXCLUDED.set_by, set_at = EXCLUDED.set_at""")
                .bind("scope", target.scope()).bind("indicator", target.indicator()).bind("value", target.value())
                .bind("deadline", target.deadline()).bind("by", target.setBy()).bind("at", target.setAt())
                .then();
    }

    @Override
    public Flux<Target> of(String scope) {
        return database.sql("SELECT * FROM target WHERE (:scope = '' OR scope = :scope) ORDER BY scope, indicator")
                .bind("scope", scope == null ? "" : scope)
                .map((row, meta) -> new Target(row.get("scope", String.class), row.get("indicator", String.class), row.get("value", Double.class),
                        row.get("deadline", LocalDate.class), row.get("set_by", String.class), VietnamTime.of(row.get("set_at", OffsetDateTime.class))))
                .all();
    }

    @Override
    public Mono<Boolean> remove(String scope, String indicator) {
        return database.sql("DELETE FROM target WHERE scope = :scope AND indicator = :indicator").bind("scope", scope).bind("indicator", indicator)
                .fetch().rowsUpdated().map(deleted -> deleted > 0);
    }
}
