package vn.gov.dossier.intake;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code dossier.postal.*}: the postal service results go by.
 *
 * @param url the postal service's API (the local stack's stand-in by default)
 * @param dispatchInterval how often due dispatches are handed over
 * @param trackingInterval how often dispatched ones are looked up
 * @param maxAttempts tries before a dispatch is FAILED for a person to retry
 */
@ConfigurationProperties("dossier.postal")
public record PostalProperties(String url, Duration dispatchInterval, Duration trackingInterval, Integer maxAttempts) {

    public PostalProperties {
        url = url == null ? "http://localhost:8088" : url;
        dispatchInterval = dispatchInterval == null ? Duration.ofSeconds(5) : dispatchInterval;
        trackingInterval = trackingInterval == null ? Duration.ofSeconds(30) : trackingInterval;
        maxAttempts = maxAttempts == null ? 8 : maxAttempts;
    }
}
