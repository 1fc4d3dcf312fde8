package vn.gov.dossier.reporting.reconciliation;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Lists the dossiers stuck longer than a threshold, and keeps the gauges that alert on them. */
public class FindingStuckDossiers {

    private final StuckDossiers stuck;
    private final Duration threshold;
    private final Clock clock;

    /** @param threshold how long a stage may take before its dossier counts as stuck (the gauges' and the default list's) */
    public FindingStuckDossiers(StuckDossiers stuck, Duration threshold, Clock clock) {
        this.stuck = stuck;
        this.threshold = threshold;
        this.clock = clock;
    }

    public Duration threshold() {
        return threshold;
    }

    public Flux<StuckDossier> olderThan(Duration age, int limit) {
        return stuck.since(OffsetDateTime.now(clock).minus(age), limit);
    }

    public Mono<Void> refresh(StuckGauges gauges) {
        return stuck.count(OffsetDateTime.now(clock).minus(threshold)).doOnNext(gauges::counted).then();
    }
}
