package vn.gov.dossier.platform.events;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.r2dbc.core.DatabaseClient;
import vn.gov.dossier.platform.metrics.MetricNames;

/**
 * The gauge of events waiting in the outbox. Counted at most every {@link #INTERVAL}: a count at every wake-up would be
 * one more query per commit under load, and an alert on a backlog looks at minutes, not milliseconds.
 */
final class OutboxBacklog {

    static final Duration INTERVAL = Duration.ofSeconds(5);

    private final DatabaseClient database;
    private final Duration timeout;
    private final AtomicLong waiting = new AtomicLong();
    private long countedAt = System.nanoTime() - INTERVAL.toNanos();

    OutboxBacklog(DatabaseClient database, MeterRegistry meters, Duration timeout) {
        this.database = database;
        this.timeout = timeout;
        Gauge.builder(MetricNames.OUTBOX_BACKLOG, waiting, AtomicLong::get).description("Outbox rows not yet published").register(meters);
    }

    void refreshIfDue() {
        if (System.nanoTime() - countedAt < INTERVAL.toNanos()) {
            return;
        }
        Long count = database.sql("SELECT count(*) AS n FROM messaging.outbox")
                .map((row, meta) -> row.get("n", Long.class))
                .one()
                .block(timeout);
        waiting.set(count == null ? 0 : count);
        countedAt = System.nanoTime();
    }
}
