package vn.gov.dossier.processing.casework.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import org.springframework.stereotype.Component;
import vn.gov.dossier.processing.casework.Case;
import vn.gov.dossier.processing.casework.CaseMetrics;
import vn.gov.dossier.contracts.CaseStep;

@Component
class MicrometerCaseMetrics implements CaseMetrics {

    static final String STEPS = "dossier.case.steps";
    static final String TIME_IN_STATE = "dossier.case.state.time";
    static final String DECISIONS = "dossier.case.decisions";

    private final MeterRegistry meters;

    MicrometerCaseMetrics(MeterRegistry meters) {
        this.meters = meters;
    }

    @Override
    public void stepTaken(Case before, Case.Change change) {
        Case after = change.after();
        Counter.builder(STEPS).description("Steps taken on cases, by step").tags("step", change.step().name()).register(meters).increment();
        if (after.status() != before.status()) {
            Timer.builder(TIME_IN_STATE)
                    .description("Wall-clock time a case spent in a status, recorded when it leaves it")
                    .tag("status", before.status().name())
                    .publishPercentileHistogram()
                    .minimumExpectedValue(Duration.ofMinutes(1))
                    .maximumExpectedValue(Duration.ofDays(90))
                    .register(meters)
                    .record(Duration.between(before.statusSince(), change.entry().at()));
        }
        if (change.step() == CaseStep.DECIDE) {
            Counter.builder(DECISIONS).description("Cases decided, by outcome and timeliness").tags("outcome", after.status().name(), "timeliness", after.timeliness().name()).register(meters).increment();
        }
    }
}
