package vn.gov.dossier.reporting.targets;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import vn.gov.dossier.contracts.VietnamTime;
import vn.gov.dossier.reporting.indicators.Indicators;
import vn.gov.dossier.reporting.indicators.ReadingIndicators;
import vn.gov.dossier.reporting.indicators.Scope;

/** Targets set by the people who answer for them, and how each scope stands against its own. */
public class FollowingTargets {

    /** The gauges a refresh sets: one per target, 1 when off track. */
    public interface OffTrackGauges {
        void counted(List<Progress> progress);
    }

    private final Targets targets;
    private final ReadingIndicators reading;
    private final Clock clock;

    public FollowingTargets(Targets targets, ReadingIndicators reading, Clock clock) {
        this.targets = targets;
        this.reading = reading;
        this.clock = clock;
    }

    public Mono<Target> set(Scope scope, String indicator, double value, LocalDate deadline, String setBy) {
        Target target = new Target(scope.toString(), indicator, value, deadline, setBy, OffsetDateTime.now(clock).atZoneSameInstant(VietnamTime.ZONE)
                .toOffsetDateTime());
        return targets.set(target).thenReturn(target);
    }

    public Mono<Boolean> remove(Scope scope, String indicator) {
        return targets.remove(scope.toString(), indicator);
    }

    /** @param scope null for every target */
    public Flux<Progress> progress(Scope scope) {
        LocalDate today = LocalDate.now(clock.withZone(VietnamTime.ZONE));
        return targets.of(scope == null ? null : scope.toString())
                .concatMap(target -> reading.indicators(Scope.parse(target.scope()), today.withDayOfYear(1), today).map(indicators -> {
                    Double current = indicators.rate(target.indicator());
                    return new Progress(target.scope(), target.indicator(), target.value(), target.deadline(), current,
                            ChronoUnit.DAYS.between(today, target.deadline()), current == null || current < target.value(), target.setBy());
                }));
    }

    /** Every target's progress, for the off-track gauges. */
    public Mono<Void> refresh(OffTrackGauges gauges) {
        return progress(null).collectList().doOnNext(gauges::counted).then();
    }

    public static boolean knownRate(String indicator) {
        return Indicators.RATES.contains(indicator);
    }
}
