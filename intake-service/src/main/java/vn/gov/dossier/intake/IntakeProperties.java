package vn.gov.dossier.intake;

import java.time.Duration;
import java.time.LocalTime;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code dossier.intake.*}.
 *
 * @param cutOff the daily cut-off after which a dossier counts as received the next working day (DOMAIN.md: 15:00)
 * @param cutOffByProvince provinces that set another cut-off, by province code, e.g. {@code "79": "16:00"}
 * @param publicBaseUrl where citizens reach the public look-up page (desk-web's /tra-cuu); printed in the receipt's QR code
 * @param catalogueRefresh how often an instance reads the replica's table for what other instances stored
 * @param idempotencyKeyRetention how long an {@code Idempotency-Key} answers with its dossier (30 days: a desk
 *     repeats a request within minutes, at most after a day's outage)
 * @param publicLookupsPerMinute how many public look-ups one client may make a minute (30: a citizen checks a few
 *     dossiers; a guesser of secrets gets nowhere)
 * @param trustedProxies the addresses whose {@code X-Forwarded-For} names the citizen for that limit (desk-web, which
 *     serves the public look-up page; an ingress); none by default, so that nobody else can pose as many clients
 */
@ConfigurationProperties("dossier.intake")
public record IntakeProperties(LocalTime cutOff, Map<String, LocalTime> cutOffByProvince, String publicBaseUrl, Duration catalogueRefresh,
                               Duration idempotencyKeyRetention, Integer publicLookupsPerMinute, java.util.Set<String> trustedProxies) {

    public IntakeProperties {
        catalogueRefresh = catalogueRefresh == null ? Duration.ofSeconds(30) : catalogueRefresh;
        idempotencyKeyRetention = idempotencyKeyRetention == null ? Duration.ofDays(30) : idempotencyKeyRetention;
        publicBaseUrl = publicBaseUrl == null ? "http://localhost:8080" : publicBaseUrl;
        cutOff = cutOff == null ? LocalTime.of(15, 0) : cutOff;
        cutOffByProvince = cutOffByProvince == null ? Map.of() : Map.copyOf(cutOffByProvince);
        publicLookupsPerMinute = publicLookupsPerMinute == null ? 30 : publicLookupsPerMinute;
        trustedProxies = trustedProxies == null ? java.util.Set.of() : java.util.Set.copyOf(trustedProxies);
    }
}
