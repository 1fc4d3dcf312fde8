package vn.gov.dossier.reporting.reconciliation.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.gov.dossier.reporting.reconciliation.StuckDossier;
import vn.gov.dossier.reporting.reconciliation.StuckGauges;

/** {@code dossier_stuck{stage}}; every instance reads the same database: take the maximum over instances. */
@Component
class MicrometerStuckGauges implements StuckGauges {

    private final MultiGauge stuck;

    MicrometerStuckGauges(MeterRegistry meters) {
        this.stuck = MultiGauge.builder("dossier.stuck").description("Dossiers stuck in a stage longer than the reconciliation threshold")
                .register(meters);
    }

    @Override
    public void counted(Map<StuckDossier.Stage, Long> byStage) {
        stuck.register(byStage.entrySet().stream().<MultiGauge.Row<?>>map(entry -> MultiGauge.Row.of(Tags.of("stage", entry.getKey().name()),
                entry.getValue())).toList(), true);
    }
}
