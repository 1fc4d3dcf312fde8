package vn.gov.dossier.reporting.targets.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.gov.dossier.reporting.targets.FollowingTargets;
import vn.gov.dossier.reporting.targets.Progress;

/**
 * {@code dossier_target_off_track{scope, indicator}}: 1 while a scope's rate so far this year is below its target, 0
 * once it reaches it; {@code dossier_target_days_left{scope, indicator}}: days to the deadline. Read every
 * {@code dossier.reporting.gauge-refresh}; every instance reports the same (take the maximum).
 */
@Component
class MicrometerOffTrackGauges implements FollowingTargets.OffTrackGauges {

    private final MultiGauge offTrack;
    private final MultiGauge daysLeft;

    MicrometerOffTrackGauges(MeterRegistry meters) {
        this.offTrack = MultiGauge.builder("dossier.target.off.track").description("1 while a scope's rate this year is below its target")
                .register(meters);
        this.daysLeft = MultiGauge.builder("dossier.target.days.left").description("Days to a target's deadline").register(meters);
    }

    @Override
    public void counted(List<Progress> progress) {
        offTrack.register(progress.stream().<MultiGauge.Row<?>>map(target -> MultiGauge.Row.of(tags(target), target.offTrack() ? 1 : 0)).toList(),
                true);
        daysLeft.register(progress.stream().<MultiGauge.Row<?>>map(target -> MultiGauge.Row.of(tags(target), target.daysLeft())).toList(), true);
    }

    private static Tags tags(Progress target) {
        return Tags.of("scope", target.scope(), "indicator", target.indicator());
    }
}
