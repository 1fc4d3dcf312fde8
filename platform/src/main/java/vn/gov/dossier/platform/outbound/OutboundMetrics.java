package vn.gov.dossier.platform.outbound;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.ToDoubleFunction;
import reactor.core.publisher.Mono;

/**
 * Every kind's figures, the same for each: {@code dossier_outbound_backlog}, {@code dossier_outbound_failed},
 * {@code dossier_outbound_oldest_age_seconds}, {@code dossier_outbound_breaker_open} (gauges, by kind) and
 * {@code dossier_outbound_attempts_total} (by kind and outcome: done, again, retry, gave_up, postponed).
 */
public class OutboundMetrics {

    static final String ATTEMPTS = "dossier.outbound.attempts";

    private final MeterRegistry meters;
    private final OutboundWork work;
    private final Map<String, long[]> figures = new HashMap<>();

    /** @param breakers where the kinds' circuit breakers are found by name (none in a service without resilience4j) */
    public OutboundMetrics(MeterRegistry meters, OutboundWork work, List<WorkHandler> handlers, Optional<CircuitBreakerRegistry> breakers) {
        this.meters = meters;
        this.work = work;
        for (WorkHandler handler : handlers) {
            WorkKind kind = handler.kind();
            long[] kindFigures = new long[3];
            figures.put(kind.name(), kindFigures);
            gauge("dossier.outbound.backlog", "Outbound work not done yet (due, waiting for a retry or claimed)", kind.name(), kindFigures,
                    values -> values[0], null);
            gauge("dossier.outbound.failed", "Outbound work given up, waiting for an operator's re-drive", kind.name(), kindFigures,
                    values -> values[1], null);
            gauge("dossier.outbound.oldest.age", "Age of the oldest outbound work not done yet", kind.name(), kindFigures,
                    values -> values[2], "seconds");
            Optional<CircuitBreaker> breaker = breakers.flatMap(registry -> Optional.ofNullable(kind.breaker()).flatMap(registry::find));
            gauge("dossier.outbound.breaker.open", "1 while the outside system's circuit breaker refuses calls", kind.name(), breaker,
                    each -> each.filter(OutsideSystem::refusing).isPresent() ? 1 : 0, null);
        }
    }

    private <T> void gauge(String name, String description, String kind, T state, ToDoubleFunction<T> value, String unit) {
        Gauge.builder(name, state, value).description(description).tag("kind", kind).baseUnit(unit).register(meters);
    }

    void attempted(String kind, String outcome) {
        Counter.builder(ATTEMPTS).description("Attempts at outbound work, by outcome").tag("kind", kind).tag("outcome", outcome)
                .register(meters).increment();
    }

    /** Reads every kind's queue once and updates the gauges. */
    public Mono<Void> refresh() {
        Map<String, long[]> read = new HashMap<>();
        return work.stats()
                .doOnNext(stats -> read.put(stats.kind(), new long[] {stats.backlog(), stats.failed(), Math.round(stats.oldestSeconds())}))
                .then(Mono.fromRunnable(() -> figures.forEach((kind, values) -> {
                    long[] now = read.getOrDefault(kind, new long[3]);
                    System.arraycopy(now, 0, values, 0, 3);
                })));
    }

    /** How many attempts of a kind ended in an outcome (for tests). */
    public double attempts(String kind, String outcome) {
        Counter counter = meters.find(ATTEMPTS).tag("kind", kind).tag("outcome", outcome).counter();
        return counter == null ? 0 : counter.count();
    }
}
