package vn.gov.dossier.reporting.indicators.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.springframework.stereotype.Component;
import vn.gov.dossier.contracts.Timeliness;
import vn.gov.dossier.reporting.indicators.Counts;
import vn.gov.dossier.reporting.indicators.IndicatorGauges;

/**
 * {@code dossier_indicator_*{province}}: the year to date per receiving province, read from the projections every
 * {@code dossier.reporting.gauge-refresh}. Every instance reads the same database: take the maximum over instances.
 */
@Component
class MicrometerIndicatorGauges implements IndicatorGauges {

    private final MultiGauge received;
    private final MultiGauge resolved;
    private final MultiGauge inProgress;
    private final MultiGauge overdue;
    private final MultiGauge onlineRate;

    MicrometerIndicatorGauges(MeterRegistry meters) {
        this.received = MultiGauge.builder("dossier.indicator.received").description("Dossiers received this year, by receiving province").register(meters);
        this.resolved = MultiGauge.builder("dossier.indicator.resolved").description("Dossiers resolved this year, by province and timeliness")
                .register(meters);
        this.inProgress = MultiGauge.builder("dossier.indicator.in.progress").description("Dossiers in progress now, by province").register(meters);
        this.overdue = MultiGauge.builder("dossier.indicator.overdue").description("Dossiers in progress and overdue now, by province").register(meters);
        this.onlineRate = MultiGauge.builder("dossier.indicator.online.rate").description("Share of this year's dossiers filed online, by province")
                .register(meters);
    }

    @Override
    public void counted(List<Counts> byProvince) {
        received.register(rows(byProvince, counts -> (double) counts.received()), true);
        inProgress.register(rows(byProvince, counts -> (double) counts.inProgress()), true);
        overdue.register(rows(byProvince, counts -> (double) counts.overdue()), true);
        onlineRate.register(byProvince.stream().filter(counts -> counts.received() > 0)
                .<MultiGauge.Row<?>>map(counts -> MultiGauge.Row.of(Tags.of("province", counts.unit()),
                        (double) counts.receivedByChannel().getOrDefault("ONLINE", 0L) / counts.received()))
                .toList(), true);
        List<MultiGauge.Row<?>> byTimeliness = new ArrayList<>();
        for (Counts counts : byProvince) {
            byTimeliness.add(MultiGauge.Row.of(Tags.of("province", counts.unit(), "timeliness", Timeliness.EARLY.name()), counts.early()));
            byTimeliness.add(MultiGauge.Row.of(Tags.of("province", counts.unit(), "timeliness", Timeliness.ON_TIME.name()), counts.onTime()));
            byTimeliness.add(MultiGauge.Row.of(Tags.of("province", counts.unit(), "timeliness", Timeliness.LATE.name()), counts.late()));
        }
        resolved.register(byTimeliness, true);
    }

    private static List<MultiGauge.Row<?>> rows(List<Counts> byProvince, Function<Counts, Double> value) {
        return byProvince.stream().<MultiGauge.Row<?>>map(counts -> MultiGauge.Row.of(Tags.of("province", counts.unit()), value.apply(counts)))
                .toList();
    }
}
