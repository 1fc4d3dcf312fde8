package vn.gov.dossier.reporting;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import vn.gov.dossier.reporting.indicators.RatingThresholds;

/**
 * {@code dossier.reporting.*}.
 *
 * @param ratings where GREEN and YELLOW begin for the on-time and online rates (defaults in {@link RatingThresholds#DEFAULTS})
 * @param gaugeRefresh how often the per-province gauges (and the stuck-dossier gauges) are read from the projections
 * @param stuckAfter how long a stage may take before its dossier counts as stuck (15 minutes; routing answers in
 *     well under a second, and its outage should page someone long before a citizen notices)
 */
@ConfigurationProperties("dossier.reporting")
public record ReportingProperties(RatingThresholds ratings, Duration gaugeRefresh, Duration stuckAfter) {

    public ReportingProperties {
        ratings = ratings == null ? RatingThresholds.DEFAULTS : ratings;
        gaugeRefresh = gaugeRefresh == null ? Duration.ofSeconds(30) : gaugeRefresh;
        stuckAfter = stuckAfter == null ? Duration.ofMinutes(15) : stuckAfter;
    }
}
