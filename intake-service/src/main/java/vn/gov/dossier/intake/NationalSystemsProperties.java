package vn.gov.dossier.intake;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code dossier.national.*}: the national systems every dossier meets after filing.
 *
 * @param populationUrl the national population database's identity-check API (the local stack's stand-in by default)
 * @param portalUrl the national public service portal's dossier API (the local stack's stand-in by default)
 * @param portalSyncInterval how often changed dossiers are sent to the portal
 */
@ConfigurationProperties("dossier.national")
public record NationalSystemsProperties(String populationUrl, String portalUrl, Duration portalSyncInterval) {

    public NationalSystemsProperties {
        populationUrl = populationUrl == null ? "http://localhost:8086" : populationUrl;
        portalUrl = portalUrl == null ? "http://localhost:8097" : portalUrl;
        portalSyncInterval = portalSyncInterval == null ? Duration.ofSeconds(5) : portalSyncInterval;
    }
}
