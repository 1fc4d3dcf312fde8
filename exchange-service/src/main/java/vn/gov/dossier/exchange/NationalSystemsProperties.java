package vn.gov.dossier.exchange;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code dossier.national.*}: where the national systems are (the local stack's stand-ins by default).
 *
 * @param populationUrl the national population database's API
 * @param portalUrl the national public service portal's API
 * @param postalUrl the postal service's API
 * @param trackingInterval how long a dispatched result waits between two looks at where it is
 */
@ConfigurationProperties("dossier.national")
public record NationalSystemsProperties(String populationUrl, String portalUrl, String postalUrl, Duration trackingInterval) {

    public NationalSystemsProperties {
        populationUrl = populationUrl == null ? "http://localhost:8098" : populationUrl;
        portalUrl = portalUrl == null ? "http://localhost:8097" : portalUrl;
        postalUrl = postalUrl == null ? "http://localhost:8088" : postalUrl;
        trackingInterval = trackingInterval == null ? Duration.ofSeconds(30) : trackingInterval;
    }
}
