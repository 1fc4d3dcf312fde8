package vn.gov.dossier.routing.decision.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.concurrent.TimeUnit;
import org.springframework.stereotype.Component;
import vn.gov.dossier.contracts.Channel;
import vn.gov.dossier.routing.decision.RoutingMetrics;
import vn.gov.dossier.routing.decision.RoutingOutcome;

@Component
class MicrometerRoutingMetrics implements RoutingMetrics {

    private final MeterRegistry meters;
    private final Timer decisionTime;

    MicrometerRoutingMetrics(MeterRegistry meters) {
        this.meters = meters;
        this.decisionTime = Timer.builder("dossier.routing.decision.time").description("Time to decide a dossier's authority")
                .publishPercentileHistogram().register(meters);
    }

    @Override
    public void decided(RoutingOutcome outcome, Channel channel, long nanos) {
        decisionTime.record(nanos, TimeUnit.NANOSECONDS);
        if (outcome instanceof RoutingOutcome.Routed routed) {
            Counter.builder("dossier.routed").description("Dossiers routed to an authority, by the authority's level and province").tags("level", routed.authority().level().name(),
                    "cross_boundary", String.valueOf(routed.crossBoundary()),
                    "inter_provincial", String.valueOf(routed.interProvincial()),
                    "province", routed.authority().provinceCode() == null ? "national" : routed.authority().provinceCode()).register(meters).increment();
        } else {
            Counter.builder("dossier.routing.failures").description("Dossiers no rule could route (left to manual routing), by channel").tags("channel", channel.name()).register(meters).increment();
        }
    }
}
