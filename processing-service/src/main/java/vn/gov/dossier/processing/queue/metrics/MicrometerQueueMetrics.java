package vn.gov.dossier.processing.queue.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import java.util.List;
import java.util.Map;
import java.util.function.ToLongFunction;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import vn.gov.dossier.processing.queue.QueueCount;
import vn.gov.dossier.processing.queue.QueueMetrics;

@Component
class MicrometerQueueMetrics implements QueueMetrics {

    static final String CASES = "dossier.cases";
    static final String OVERDUE = "dossier.cases.overdue";
    static final String DUE_SOON = "dossier.cases.due.soon";

    private final MultiGauge cases;
    private final MultiGauge overdue;
    private final MultiGauge dueSoon;

    MicrometerQueueMetrics(MeterRegistry meters) {
        this.cases = MultiGauge.builder(CASES).description("Cases not yet handed over or withdrawn, by authority and status").register(meters);
        this.overdue = MultiGauge.builder(OVERDUE).description("Unresolved cases past their due time, by authority").register(meters);
        this.dueSoon = MultiGauge.builder(DUE_SOON).description("Unresolved cases due within the due-soon threshold, by authority")
                .register(meters);
    }

    @Override
    public void counted(List<QueueCount> counts) {
        cases.register(counts.stream()
                .map(count -> MultiGauge.Row.of(Tags.of("authority", count.authorityId(), "status", count.status().name()), count.cases()))
                .toList(), true);
        overdue.register(byAuthority(counts, QueueCount::overdue), true);
        dueSoon.register(byAuthority(counts, QueueCount::dueSoon), true);
    }

    /** One row per authority that holds cases (zero when none of them is overdue or due soon); a cleared queue's series ends. */
    private static List<MultiGauge.Row<?>> byAuthority(List<QueueCount> counts, ToLongFunction<QueueCount> measure) {
        Map<String, Long> sums = counts.stream().collect(Collectors.groupingBy(QueueCount::authorityId, Collectors.summingLong(measure)));
        return sums.entrySet().stream()
                .<MultiGauge.Row<?>>map(sum -> MultiGauge.Row.of(Tags.of("authority", sum.getKey()), sum.getValue()))
                .toList();
    }
}
