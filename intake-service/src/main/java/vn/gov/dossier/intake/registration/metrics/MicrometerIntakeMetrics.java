package vn.gov.dossier.intake.registration.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;
import vn.gov.dossier.intake.registration.Dossier;
import vn.gov.dossier.intake.registration.IntakeMetrics;

@Component
class MicrometerIntakeMetrics implements IntakeMetrics {

    private final MeterRegistry meters;

    MicrometerIntakeMetrics(MeterRegistry meters) {
        this.meters = meters;
    }

    @Override
    public void received(Dossier dossier) {
        Counter.builder("dossier.received").description("Dossiers received, by channel and receiving province").tags("channel", dossier.channel().name(), "province", dossier.receivingProvinceCode()).register(meters).increment();
    }
}
