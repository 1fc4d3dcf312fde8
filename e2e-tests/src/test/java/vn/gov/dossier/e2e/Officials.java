package vn.gov.dossier.e2e;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.ConfigurableApplicationContext;
import vn.gov.dossier.identity.IdentityProviderApplication;
import vn.gov.dossier.infra.OfficerSignIn;

/**
 * The real identity provider, one per test JVM, and the demo officers' access tokens from it: the end-to-end tests act as
 * real officers, signed in through the login page (authorization code with PKCE). A token is reused for ten minutes of
 * its fifteen.
 */
final class Officials {

    private static final Duration REUSE = Duration.ofMinutes(10);

    private record Token(String value, Instant until) {
    }

    private static ConfigurableApplicationContext provider;
    private static String issuer;
    private static final Map<String, Token> TOKENS = new ConcurrentHashMap<>();

    private Officials() {
    }

    /** The provider's issuer, started on first use. */
    static synchronized String issuer() {
        if (provider == null) {
            provider = IdentityProviderApplication.builder().run("--server.port=0", "--management.metrics.use-global-registry=false",
                    "--logging.include-application-name=false");
            issuer = "http://localhost:" + provider.getEnvironment().getRequiredProperty("local.server.port");
            Runtime.getRuntime().addShutdownHook(new Thread(provider::close, "identity-provider-stop"));
        }
        return issuer;
    }

    /** A stack's arguments with the services trusting this provider. */
    static List<String> trusting(List<String> arguments) {
        List<String> all = new ArrayList<>(arguments);
        all.add("--dossier.security.issuer=" + issuer());
        return all;
    }

    /** A demo officer's access token, e.g. {@code clerk-00004}, {@code processor-ca-26737}, {@code ops-national}. */
    static String token(String username) {
        Token token = TOKENS.compute(username, (name, held) -> held != null && held.until().isAfter(Instant.now()) ? held
                : new Token(new OfficerSignIn(issuer()).accessToken(name), Instant.now().plus(REUSE)));
        return token.value();
    }

    /** The clerk at a desk (a demo account exists for 00004, 26737, 08782, 01558 and 19753). */
    static String clerk(String deskUnitCode) {
        return "clerk-" + deskUnitCode;
    }

    /** The processor of an authority, e.g. CA-26737 → processor-ca-26737. */
    static String processor(String authorityId) {
        return "processor-" + authorityId.toLowerCase(java.util.Locale.ROOT);
    }
}
