package vn.gov.dossier.infra;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;

/**
 * An OpenID Provider as a resource server sees one, for the services' own integration tests: it publishes its
 * configuration and signing keys over HTTP and signs officers' tokens (RS256) with the claims the real providers issue.
 * The end-to-end tests use the real identity provider instead. One per test JVM ({@link #shared()}).
 */
public final class TestIssuer implements AutoCloseable {

    /** The audience the services require. */
    public static final String AUDIENCE = "dossier-services";

    private static TestIssuer shared;

    private final HttpServer server;
    private final String issuer;
    private final RSAKey key;

    private TestIssuer() {
        try {
            this.key = new RSAKeyGenerator(2048).keyID(UUID.randomUUID().toString()).generate();
            this.server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.issuer = "http://localhost:" + server.getAddress().getPort();
        server.createContext("/.well-known/openid-configuration", exchange -> answer(exchange, """
                {"issuer":"%s","jwks_uri":"%s/jwks","authorization_endpoint":"%s/authorize","token_endpoint":"%s/token",
                 "response_types_supported":["code"],"subject_types_supported":["public"],"id_token_signing_alg_values_supported":["RS256"]}
                """.formatted(issuer, issuer, issuer, issuer)));
        server.createContext("/jwks", exchange -> answer(exchange, new JWKSet(key.toPublicJWK()).toString()));
        server.start();
    }

    public static synchronized TestIssuer shared() {
        if (shared == null) {
            shared = new TestIssuer();
            Runtime.getRuntime().addShutdownHook(new Thread(shared::close, "test-issuer-stop"));
        }
        return shared;
    }

    /** What a service is told to trust. */
    public String issuer() {
        return issuer;
    }

    /** The arguments that point a service at this issuer. */
    public List<String> serviceArguments() {
        return List.of("--dossier.security.issuer=" + issuer, "--dossier.security.audience=" + AUDIENCE);
    }

    /** A valid token for 15 minutes: {@code role} at {@code unit} (null for none), named after both. */
    public String token(String role, String unit) {
        return sign(claims(role, unit, Instant.now(), Duration.ofMinutes(15)).build(), key);
    }

    /** A token that expired an hour ago (past any clock skew a verifier allows). */
    public String expiredToken(String role, String unit) {
        return sign(claims(role, unit, Instant.now().minus(Duration.ofHours(2)), Duration.ofMinutes(15)).build(), key);
    }

    /** A token signed by this issuer's key but naming another issuer. */
    public String tokenOfAnotherIssuer(String role, String unit) {
        return sign(claims(role, unit, Instant.now(), Duration.ofMinutes(15)).issuer("http://localhost:1/evil").build(), key);
    }

    /** A token meant for another audience. */
    public String tokenForAnotherAudience(String role, String unit) {
        return sign(claims(role, unit, Instant.now(), Duration.ofMinutes(15)).audience("another-system").build(), key);
    }

    /** A token with this issuer's name and claims, signed by a key the issuer never published (a forgery). */
    public String forgedToken(String role, String unit) {
        try {
            return sign(claims(role, unit, Instant.now(), Duration.ofMinutes(15)).build(),
                    new RSAKeyGenerator(2048).keyID(key.getKeyID()).generate());
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private JWTClaimsSet.Builder claims(String role, String unit, Instant issuedAt, Duration lifetime) {
        String username = role.toLowerCase(java.util.Locale.ROOT) + (unit == null ? "" : "-" + unit);
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .issuer(issuer)
                .subject(username)
                .audience(List.of("dossier-cli", AUDIENCE))
                .issueTime(Date.from(issuedAt))
                .notBeforeTime(Date.from(issuedAt))
                .expirationTime(Date.from(issuedAt.plus(lifetime)))
                .jwtID(UUID.randomUUID().toString())
                .claim("roles", List.of(role))
                .claim("name", "Cán bộ " + username)
                .claim("preferred_username", username);
        return unit == null ? claims : claims.claim("unit", unit);
    }

    private static String sign(JWTClaimsSet claims, RSAKey signingKey) {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(signingKey.getKeyID()).type(JOSEObjectType.JWT).build(), claims);
            jwt.sign(new RSASSASigner(signingKey));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void answer(HttpExchange exchange, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
