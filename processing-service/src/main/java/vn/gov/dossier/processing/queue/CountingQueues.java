package vn.gov.dossier.processing.queue;

import java.time.Clock;
import java.time.OffsetDateTime;
import reactor.core.publisher.Mono;
import vn.gov.dossier.processing.deadline.DueSoon;

/**
 * Counts every authority's queue for the gauges: cases by status, overdue and due soon. Every instance counts the
 * whole database, so dashboards take the maximum over instances, not the sum.
 */
public class CountingQueues {

    private final Cases cases;
    private final QueueMetrics metrics;
    private final DueSoon dueSoon;
    private final Clock clock;

    public CountingQueues(Cases cases, QueueMetrics metrics, DueSoon dueSoon, Clock clock) {
        this.cases = cases;
        this.metrics = metrics;
        this.dueSoon = dueSoon;
        this.clock = clock;
    }

    public Mono<Void> refresh() {
        OffsetDateTime now = OffsetDateTime.now(clock);
        return cases.counts(now, dueSoon.horizon(now)).collectList().doOnNext(metrics::counted).then();
    }
}
