package vn.gov.dossier.platform.security;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code dossier.security.*}: which identity provider the service trusts and where in its tokens the officer is. Nothing
 * else about the provider is known, so switching from the local stack's provider to Keycloak is configuration.
 *
 * @param issuer the provider's issuer; its OpenID configuration names the keys, and every token's {@code iss} must equal it
 * @param jwkSetUri where the provider's keys are, when the services reach it at another address than the issuer's (in
 *     docker-compose the browser's issuer is {@code localhost:8180}, the containers reach {@code keycloak:8180}); blank:
 *     found through the issuer's OpenID configuration
 * @param audience the {@code aud} every token must carry (both providers issue {@code dossier-services}); blank: not checked
 * @param claims the claim names
 */
@ConfigurationProperties("dossier.security")
public record SecurityProperties(String issuer, String jwkSetUri, String audience, Claims claims) {

    /**
     * @param roles a list of role names (CLERK, PROCESSOR, ADMIN, OPERATOR, CITIZEN)
     * @param unit the officer's unit: a commune code, an authority id, a province code or {@code national}
     * @param name the display name recorded in histories
     */
    public record Claims(String roles, String unit, String name) {

        public Claims {
            roles = roles == null || roles.isBlank() ? "roles" : roles;
            unit = unit == null || unit.isBlank() ? "unit" : unit;
            name = name == null || name.isBlank() ? "name" : name;
        }
    }

    public SecurityProperties {
        if (issuer == null || issuer.isBlank()) {
            throw new IllegalStateException("dossier.security.issuer must name the identity provider every service trusts "
                    + "(the local stack sets it; compose and Kubernetes set DOSSIER_SECURITY_ISSUER)");
        }
        claims = claims == null ? new Claims(null, null, null) : claims;
    }

    List<String> audiences() {
        return audience == null || audience.isBlank() ? List.of() : List.of(audience);
    }
}
