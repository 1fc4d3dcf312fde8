package vn.gov.dossier.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import tools.jackson.databind.json.JsonMapper;
import vn.gov.dossier.infra.OfficerSignIn;

/**
 * The provider keeps its signing keys in the data folder: a token issued before a restart is still accepted after it
 * (a crash and recovery signs nobody out), and a rotation signs new tokens with a new key while the old one stays
 * published for the tokens it signed.
 */
class SigningKeysIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Test
    void should_accept_a_token_issued_before_a_restart_and_one_signed_with_the_key_a_rotation_retired(@TempDir Path data) throws Exception {
        Path keys = data.resolve("identity-keys");
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        String issuer = "http://localhost:" + port;

        String before;
        try (ConfigurableApplicationContext provider = start(port, keys)) {
            before = accessToken(issuer, "clerk-00004");
        }
        assertThat(Files.getPosixFilePermissions(keys)).isEqualTo(PosixFilePermissions.fromString("rwx------"));
        try (var files = Files.list(keys)) {
            List<Path> kept = files.toList();
            assertThat(kept).hasSize(1);
            assertThat(Files.getPosixFilePermissions(kept.get(0))).as("the private key is readable by its owner only")
                    .isEqualTo(PosixFilePermissions.fromString("rw-------"));
        }

        try (ConfigurableApplicationContext provider = start(port, keys)) {
            // A service that fetches the keys again after the restart (a new decoder) still accepts the earlier token.
            Jwt earlier = NimbusJwtDecoder.withIssuerLocation(issuer).build().decode(before);
            assertThat(earlier.getSubject()).isEqualTo("clerk-00004");

            // Only the administrator rotates.
            assertThat(rotate(issuer, null).statusCode()).isEqualTo(401);
            assertThat(rotate(issuer, accessToken(issuer, "clerk-00004")).statusCode()).isEqualTo(403);
            HttpResponse<String> rotated = rotate(issuer, accessToken(issuer, "admin"));
            assertThat(rotated.statusCode()).as(rotated.body()).isEqualTo(200);

            String after = accessToken(issuer, "clerk-00004");
            NimbusJwtDecoder services = NimbusJwtDecoder.withIssuerLocation(issuer).build();
            Jwt signedBefore = services.decode(before);
            Jwt signedAfter = services.decode(after);
            assertThat(signedAfter.getHeaders().get("kid")).as("a new key signs from now on").isNotEqualTo(signedBefore.getHeaders().get("kid"));
            assertThat((String) JSON.readValue(rotated.body(), Map.class).get("signing")).isEqualTo(signedAfter.getHeaders().get("kid"));
        }
    }

    private static ConfigurableApplicationContext start(int port, Path keys) {
        return IdentityProviderApplication.builder().run("--server.port=" + port, "--identity.signing-keys.folder=" + keys);
    }

    private static HttpResponse<String> rotate(String issuer, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(issuer + "/signing-keys/rotate")).timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.noBody());
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String accessToken(String issuer, String account) throws Exception {
        String response = new OfficerSignIn(issuer).tokenResponse(account, "demo");
        Map<String, Object> parsed = JSON.readValue(response, Map.class);
        assertThat(parsed).as(response).containsKey("access_token");
        return (String) parsed.get("access_token");
    }
}
