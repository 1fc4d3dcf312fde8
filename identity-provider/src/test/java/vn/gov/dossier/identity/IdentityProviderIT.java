package vn.gov.dossier.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import tools.jackson.databind.json.JsonMapper;
import vn.gov.dossier.infra.OfficerSignIn;

/** The provider as an officer's client and a service meet it: sign-in, the token's claims, its signature, the script. */
class IdentityProviderIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static ConfigurableApplicationContext provider;
    private static String issuer;
    private static JwtDecoder services;

    @BeforeAll
    static void start() throws Exception {
        provider = IdentityProviderApplication.builder().run("--server.port=0");
        issuer = "http://localhost:" + provider.getEnvironment().getRequiredProperty("local.server.port");
        // The first answer of a cold provider on a busy machine can take longer than the decoder's own read timeout.
        HttpResponse<String> discovery = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(issuer + "/.well-known/openid-configuration"))
                .timeout(Duration.ofSeconds(90)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(discovery.statusCode()).isEqualTo(200);
        services = NimbusJwtDecoder.withIssuerLocation(issuer).build();
    }

    @AfterAll
    static void stop() {
        if (provider != null) {
            provider.close();
        }
    }

    @Test
    void should_sign_a_clerk_in_and_issue_a_token_naming_their_role_and_commune() throws Exception {
        Jwt token = services.decode(accessToken(new OfficerSignIn(issuer).tokenResponse("clerk-00004", "demo")));

        assertThat(token.getIssuer()).hasToString(issuer);
        assertThat(token.getSubject()).isEqualTo("clerk-00004");
        assertThat(token.getClaimAsStringList("roles")).containsExactly("CLERK");
        assertThat(token.getClaimAsString("unit")).isEqualTo("00004");
        assertThat(token.getClaimAsString("name")).isEqualTo("Nguyễn Thị Lan");
        assertThat(Duration.between(token.getIssuedAt(), token.getExpiresAt())).isEqualTo(Duration.ofMinutes(15));
    }

    @Test
    void should_name_a_processors_authority_and_an_operators_scope() throws Exception {
        OfficerSignIn signIn = new OfficerSignIn(issuer);
        Jwt processor = services.decode(accessToken(signIn.tokenResponse("processor-ca-26737", "demo")));
        Jwt operator = services.decode(accessToken(new OfficerSignIn(issuer).tokenResponse("ops-national", "demo")));

        assertThat(processor.getClaimAsStringList("roles")).containsExactly("PROCESSOR");
        assertThat(processor.getClaimAsString("unit")).isEqualTo("CA-26737");
        assertThat(operator.getClaimAsStringList("roles")).containsExactly("OPERATOR");
        assertThat(operator.getClaimAsString("unit")).isEqualTo("national");
    }

    @Test
    void should_refuse_a_wrong_password_and_issue_nothing() throws Exception {
        assertThat(new OfficerSignIn(issuer).tokenResponse("clerk-00004", "wrong")).startsWith("login refused");
        assertThat(new OfficerSignIn(issuer).tokenResponse("nobody", "demo")).startsWith("login refused");
    }

    @Test
    void should_reject_a_token_whose_signature_was_tampered_with() throws Exception {
        String token = accessToken(new OfficerSignIn(issuer).tokenResponse("clerk-26737", "demo"));
        String[] parts = token.split("\\.");
        String forgedClaims = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(new String(
                java.util.Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8).replace("26737", "00004").getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> services.decode(parts[0] + "." + forgedClaims + "." + parts[2])).isInstanceOf(JwtException.class);
    }

    @Test
    void should_show_the_login_page_in_vietnamese_first() throws Exception {
        HttpResponse<String> page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(issuer + "/login")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(page.body()).contains("Đăng nhập dành cho cán bộ", "Tên đăng nhập", "Mật khẩu", "lang=\"vi\"");
        assertThat(page.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp -> assertThat(csp).contains("frame-ancestors 'none'"));
        assertThat(page.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
    }

    @Test
    void should_print_a_token_with_the_documented_script() throws Exception {
        Path script = Path.of(System.getProperty("user.dir")).resolveSibling("ops").resolve("token");
        ProcessBuilder builder = new ProcessBuilder("bash", script.toString(), "processor-stp-01");
        builder.environment().put("ISSUER", issuer);
        builder.redirectErrorStream(false);
        Process process = builder.start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(process.waitFor()).as(err).isZero();
        assertThat(services.decode(out).getClaimAsString("unit")).isEqualTo("STP-01");
    }

    @SuppressWarnings("unchecked")
    private static String accessToken(String tokenResponse) throws IOException {
        Map<String, Object> response = JSON.readValue(tokenResponse, Map.class);
        assertThat(response).as(tokenResponse).containsKey("access_token");
        return (String) response.get("access_token");
    }
}
