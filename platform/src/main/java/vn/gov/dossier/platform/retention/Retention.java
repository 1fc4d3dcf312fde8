package vn.gov.dossier.platform.retention;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.r2dbc.core.DatabaseClient;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import vn.gov.dossier.platform.metrics.MetricNames;

/**
 * Applies the retention rules: deletes what each rule lets go, in batches (short transactions, no long lock on a busy
 * table), and counts it ({@value MetricNames#RETENTION_DELETED}).
 */
public class Retention {

    static final int BATCH = 5_000;

    private final DatabaseClient database;
    private final List<RetentionRule> rules;
    private final MeterRegistry meters;
    private final Clock clock;

    public Retention(DatabaseClient database, List<RetentionRule> rules, MeterRegistry meters, Clock clock) {
        this.database = database;
        this.rules = List.copyOf(rules);
        this.meters = meters;
        this.clock = clock;
    }

    /** One pass over every rule; the number of rows deleted. */
    public Mono<Long> applyOnce() {
        OffsetDateTime now = OffsetDateTime.now(clock);
        return Flux.fromIterable(rules).concatMap(rule -> apply(rule, now.minus(rule.keep()))).reduce(0L, Long::sum);
    }

    private Mono<Long> apply(RetentionRule rule, OffsetDateTime before) {
        String delete = """
                DELETE FROM %1$s WHERE ctid IN (
                    SELECT ctid FROM %1$s WHERE %2$s < :before AND (%3$s) LIMIT %4$d)""".formatted(rule.table(), rule.timeColumn(),
                rule.condition(), BATCH);
        Mono<Long> batch = database.sql(delete).bind("before", before).fetch().rowsUpdated();
        return batch.expand(deleted -> deleted < BATCH ? Mono.empty() : batch)
                .reduce(0L, Long::sum)
                .doOnNext(deleted -> Counter.builder(MetricNames.RETENTION_DELETED).description("Rows deleted by the retention rules, by table").tags("table", rule.table()).register(meters).increment(deleted));
    }
}
