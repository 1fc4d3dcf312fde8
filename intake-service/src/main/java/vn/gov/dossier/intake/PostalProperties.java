package vn.gov.dossier.intake;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code dossier.postal.*}: the postal service results go by.
 *
 * @param url the postal service's API (the local stack's stand-in by default)
 * @param trackingInterval how long a dispatched result waits between two looks at where it is (the tries and give-up of
 *     dispatching are its outbound work's policy: {@code dossier.outbound.kinds.postal-dispatch.*})
 */
@ConfigurationProperties("dossier.postal")
public record PostalProperties(String url, Duration trackingInterval) {

    public PostalProperties {
        url = url == null ? "http://localhost:8088" : url;
        trackingInterval = trackingInterval == null ? Duration.ofSeconds(30) : trackingInterval;
    }
}
