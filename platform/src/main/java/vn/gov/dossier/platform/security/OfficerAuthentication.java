package vn.gov.dossier.platform.security;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import vn.gov.dossier.platform.application.Officer;

/** A verified token, read as the officer it names; {@code @AuthenticationPrincipal Officer} in a controller is this officer. */
final class OfficerAuthentication extends AbstractAuthenticationToken {

    private static final long serialVersionUID = 1L;

    private final transient Officer officer;
    private final transient Jwt token;

    OfficerAuthentication(Officer officer, Jwt token) {
        super(officer.roles().stream().map(role -> new SimpleGrantedAuthority("ROLE_" + role.name())).toList());
        this.officer = officer;
        this.token = token;
        setAuthenticated(true);
    }

    @Override
    public Officer getPrincipal() {
        return officer;
    }

    @Override
    public Jwt getCredentials() {
        return token;
    }

    @Override
    public String getName() {
        return officer.subject();
    }
}
