package vn.gov.dossier.platform.security;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;

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
 * @param citizenAssurance the levels of assurance a citizen's electronic identity must state (the {@code acr} of the
 *     national portal's single sign-on, e.g. VNeID level 2) to file and follow dossiers; empty: any level
 */
@ConfigurationProperties("dossier.security")
public record SecurityProperties(String issuer, String jwkSetUri, String audience, Claims claims, List<String> citizenAssurance) {

    /**
     * @param roles a list of role names (CLERK, PROCESSOR, ADMIN, OPERATOR, CITIZEN)
     * @param unit the officer's unit: a commune code, an authority id, a province code or {@code national}
     * @param name the display name recorded in histories
     * @param personalId a citizen's 12-digit personal identification number (the national portal's single sign-on
     *     states it from VNeID)
     * @param assurance the electronic identity's level of assurance
     */
    public record Claims(String roles, String unit, String name, String personalId, String assurance) {

        @ConstructorBinding
        public Claims {
            roles = roles == null || roles.isBlank() ? "roles" : roles;
            unit = unit == null || unit.isBlank() ? "unit" : unit;
            name = name == null || name.isBlank() ? "name" : name;
            personalId = personalId == null || personalId.isBlank() ? "pid" : personalId;
            assurance = assurance == null || assurance.isBlank() ? "acr" : assurance;
        }

        public Claims(String roles, String unit, String name) {
            this(roles, unit, name, null, null);
        }
    }

    @ConstructorBinding
    public SecurityProperties {
        if (issuer == null || issuer.isBlank()) {
            throw new IllegalStateException("dossier.security.issuer must name the identity provider every service trusts "
                    + "(the local stack sets it; compose and Kubernetes set DOSSIER_SECURITY_ISSUER)");
        }
        claims = claims == null ? new Claims(null, null, null) : claims;
        citizenAssurance = citizenAssurance == null ? List.of() : List.copyOf(citizenAssurance);
    }

    public SecurityProperties(String issuer, String jwkSetUri, String audience, Claims claims) {
        this(issuer, jwkSetUri, audience, claims, List.of());
    }

    List<String> audiences() {
        return audience == null || audience.isBlank() ? List.of() : List.of(audience);
    }
}
