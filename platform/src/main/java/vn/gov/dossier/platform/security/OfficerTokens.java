package vn.gov.dossier.platform.security;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import reactor.core.publisher.Mono;
import vn.gov.dossier.platform.application.Officer;
import vn.gov.dossier.platform.application.Role;

/**
 * Reads the officer out of a verified token through the configured claim names. A role this product does not know is
 * ignored (a provider may add its own), so a token with none of ours is authenticated and may do nothing.
 */
final class OfficerTokens implements Converter<Jwt, Mono<AbstractAuthenticationToken>> {

    private static final java.util.regex.Pattern PERSONAL_ID = java.util.regex.Pattern.compile("[0-9]{12}");

    private final SecurityProperties.Claims claims;
    private final java.util.List<String> citizenAssurance;

    OfficerTokens(SecurityProperties.Claims claims) {
        this(claims, java.util.List.of());
    }

    /** @param citizenAssurance the levels a citizen's identity must state; empty: any */
    OfficerTokens(SecurityProperties.Claims claims, java.util.List<String> citizenAssurance) {
        this.claims = claims;
        this.citizenAssurance = java.util.List.copyOf(citizenAssurance);
    }

    @Override
    public Mono<AbstractAuthenticationToken> convert(Jwt token) {
        if (token.getSubject() == null || token.getSubject().isBlank()) {
            // Nobody to record as the actor: refused like any other unusable token (401).
            return Mono.error(new InvalidBearerTokenException("the token names no subject"));
        }
        return Mono.just(new OfficerAuthentication(officer(token), token));
    }

    Officer officer(Jwt token) {
        String unit = token.getClaimAsString(claims.unit());
        Set<Role> roles = roles(token.getClaim(claims.roles()));
        String assurance = token.getClaimAsString(claims.assurance());
        return new Officer(token.getSubject(), token.getClaimAsString(claims.name()), roles, unit == null || unit.isBlank() ? null : unit,
                roles.contains(Role.CITIZEN) ? personalId(token, assurance) : null, assurance);
    }

    /**
     * The citizen's personal identification number, when the token states a well-formed one at a level of assurance
     * the services accept; otherwise none, and the citizen may do nothing as a citizen (403).
     */
    private String personalId(Jwt token, String assurance) {
        String personalId = token.getClaimAsString(claims.personalId());
        boolean assured = citizenAssurance.isEmpty() || (assurance != null && citizenAssurance.contains(assurance));
        return personalId != null && PERSONAL_ID.matcher(personalId).matches() && assured ? personalId : null;
    }

    private static Set<Role> roles(Object claim) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (claim instanceof Collection<?> names) {
            names.forEach(name -> role(String.valueOf(name), roles));
        } else if (claim instanceof String names) {
            for (String name : names.split("[ ,]+")) {
                role(name, roles);
            }
        }
        return roles;
    }

    private static void role(String name, Set<Role> roles) {
        try {
            roles.add(Role.valueOf(name.trim().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException notOurs) {
            // a role of the provider's own (offline_access, uma_authorization): not one of ours
        }
    }
}
