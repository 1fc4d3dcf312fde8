package vn.gov.dossier.processing;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code dossier.processing.*}.
 *
 * @param dueSoon how much working time before its due time a case counts as due soon (default one working day, 8 h)
 * @param deadlineWatch how often the deadline watch looks for cases to flag overdue or due soon
 * @param gaugeRefresh how often the queue gauges (cases by status, overdue, due soon per authority) are read
 */
@ConfigurationProperties("dossier.processing")
public record ProcessingProperties(Duration dueSoon, Duration deadlineWatch, Duration gaugeRefresh) {

    public ProcessingProperties {
        dueSoon = dueSoon == null ? Duration.ofHours(8) : dueSoon;
        deadlineWatch = deadlineWatch == null ? Duration.ofMinutes(1) : deadlineWatch;
        gaugeRefresh = gaugeRefresh == null ? Duration.ofSeconds(15) : gaugeRefresh;
        if (dueSoon.isNegative() || deadlineWatch.isZero() || deadlineWatch.isNegative() || gaugeRefresh.isZero() || gaugeRefresh.isNegative()) {
            throw new IllegalArgumentException("dossier.processing: due-soon must not be negative, deadline-watch and gauge-refresh must be positive");
        }
    }
}
