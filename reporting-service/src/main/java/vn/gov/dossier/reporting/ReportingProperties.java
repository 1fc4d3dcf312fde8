package vn.gov.dossier.reporting;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import vn.gov.dossier.reporting.indicators.RatingThresholds;

/**
 * {@code dossier.reporting.*}.
 *
 * @param ratings where GREEN and YELLOW begin for the on-time and online rates (defaults in {@link RatingThresholds#DEFAULTS})
 * @param gaugeRefresh how often the per-province gauges are read from the projections
 */
@ConfigurationProperties("dossier.reporting")
public record ReportingProperties(RatingThresholds ratings, Duration gaugeRefresh) {

    public ReportingProperties {
        ratings = ratings == null ? RatingThresholds.DEFAULTS : ratings;
        gaugeRefresh = gaugeRefresh == null ? Duration.ofSeconds(30) : gaugeRefresh;
    }
}
