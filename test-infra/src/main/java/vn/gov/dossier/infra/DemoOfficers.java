package vn.gov.dossier.infra;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The demo officers' access tokens from a running identity provider, each signed in through the login page once and
 * reused for ten minutes of its fifteen: what tests and tools use to act as real officers.
 */
public final class DemoOfficers {

    private static final Duration REUSE = Duration.ofMinutes(10);

    private record Token(String value, Instant until) {
    }

    private final String issuer;
    private final Map<String, Token> tokens = new ConcurrentHashMap<>();

    public DemoOfficers(String issuer) {
        this.issuer = issuer;
    }

    public String issuer() {
        return issuer;
    }

    /** A demo officer's access token, e.g. {@code clerk-00004}, {@code processor-ca-26737}, {@code ops-national}. */
    public String token(String username) {
        return tokens.compute(username, (name, held) -> held != null && held.until().isAfter(Instant.now()) ? held
                : new Token(new OfficerSignIn(issuer).accessToken(name), Instant.now().plus(REUSE))).value();
    }

    /** The {@code Authorization} header's value for that officer. */
    public String bearer(String username) {
        return "Bearer " + token(username);
    }
}
