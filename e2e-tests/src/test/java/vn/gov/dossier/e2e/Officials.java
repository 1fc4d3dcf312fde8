package vn.gov.dossier.e2e;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.ConfigurableApplicationContext;
import vn.gov.dossier.identity.IdentityProviderApplication;
import vn.gov.dossier.infra.DemoOfficers;

/**
 * The real identity provider, one per test JVM, and the demo officers' access tokens from it: the end-to-end tests act as
 * real officers, signed in through the login page (authorization code with PKCE).
 */
final class Officials {

    private static ConfigurableApplicationContext provider;
    private static DemoOfficers officers;

    private Officials() {
    }

    /** The provider's issuer, started on first use. */
    static synchronized String issuer() {
        return officers().issuer();
    }

    private static synchronized DemoOfficers officers() {
        if (provider == null) {
            provider = IdentityProviderApplication.builder().run("--server.port=0", "--management.metrics.use-global-registry=false",
                    "--logging.include-application-name=false");
            officers = new DemoOfficers("http://localhost:" + provider.getEnvironment().getRequiredProperty("local.server.port"));
            Runtime.getRuntime().addShutdownHook(new Thread(provider::close, "identity-provider-stop"));
        }
        return officers;
    }

    /** A stack's arguments with the services trusting this provider. */
    static List<String> trusting(List<String> arguments) {
        List<String> all = new ArrayList<>(arguments);
        all.add("--dossier.security.issuer=" + issuer());
        return all;
    }

    /** A demo officer's access token, e.g. {@code clerk-00004}, {@code processor-ca-26737}, {@code ops-national}. */
    static String token(String username) {
        return officers().token(username);
    }

    /** The clerk at a desk (a demo account exists for 00004, 26737, 08782, 01558 and 19753). */
    static String clerk(String deskUnitCode) {
        return "clerk-" + deskUnitCode;
    }

    /** The processor of an authority, e.g. CA-26737 → processor-ca-26737. */
    static String processor(String authorityId) {
        return "processor-" + authorityId.toLowerCase(Locale.ROOT);
    }
}
