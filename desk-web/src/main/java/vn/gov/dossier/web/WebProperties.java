package vn.gov.dossier.web;

import java.net.URI;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the services are, and the figures the pages show beside theirs ({@code dossier.web.*}).
 *
 * @param ratingThresholds where GREEN and YELLOW begin, drawn on the charts: the reporting service's own thresholds
 *     (its {@code dossier.reporting.ratings.*}; the same defaults)
 * @param publicLookupsPerMinute look-ups one citizen's address may make a minute on the public page (as intake's limit)
 * @param claims the names of the token's claims for roles, unit and display name (the services' own names)
 */
@ConfigurationProperties("dossier.web")
public record WebProperties(URI intakeUrl, URI routingUrl, URI processingUrl, URI notificationUrl, URI reportingUrl,
                            RatingThresholds ratingThresholds, Integer publicLookupsPerMinute, Claims claims) {

    public WebProperties {
        intakeUrl = intakeUrl == null ? URI.create("http://localhost:8081") : intakeUrl;
        routingUrl = routingUrl == null ? URI.create("http://localhost:8082") : routingUrl;
        processingUrl = processingUrl == null ? URI.create("http://localhost:8083") : processingUrl;
        notificationUrl = notificationUrl == null ? URI.create("http://localhost:8084") : notificationUrl;
        reportingUrl = reportingUrl == null ? URI.create("http://localhost:8085") : reportingUrl;
        ratingThresholds = ratingThresholds == null ? new RatingThresholds(0.95, 0.85, 0.50, 0.30) : ratingThresholds;
        publicLookupsPerMinute = publicLookupsPerMinute == null ? 30 : publicLookupsPerMinute;
        claims = claims == null ? new Claims(null, null, null) : claims;
    }

    public record Claims(String roles, String unit, String name) {

        public Claims {
            roles = roles == null ? "roles" : roles;
            unit = unit == null ? "unit" : unit;
            name = name == null ? "name" : name;
        }
    }

    public record RatingThresholds(double onTimeGreen, double onTimeYellow, double onlineGreen, double onlineYellow) {
    }
}
