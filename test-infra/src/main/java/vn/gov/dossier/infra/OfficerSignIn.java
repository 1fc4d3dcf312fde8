package vn.gov.dossier.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What an officer's client does to get a token: the authorization code flow with PKCE, through the login page, as
 * {@code ops/token} does it with curl. For tests and tools that act as real officers against the real provider.
 */
public final class OfficerSignIn {

    public static final String CLIENT = "dossier-cli";
    public static final String REDIRECT = "http://127.0.0.1:8400/callback";
    /** Every demo account's password (identity-provider's demo-accounts.yml). */
    public static final String DEMO_PASSWORD = "demo";
    private static final Pattern ACCESS_TOKEN = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final String issuer;
    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER).build();

    public OfficerSignIn(String issuer) {
        this.issuer = issuer;
    }

    /** The token endpoint's JSON answer, or the login page's answer to a wrong password (then no code comes back). */
    public String tokenResponse(String username, String password) throws IOException, InterruptedException {
        String verifier = randomUrlSafe();
        String challenge = Base64.getUrlEncoder().withoutPadding().encodeToString(sha256(verifier));
        String authorize = issuer + "/oauth2/authorize?" + form(Map.of("response_type", "code", "client_id", CLIENT, "scope", "openid profile",
                "redirect_uri", REDIRECT, "code_challenge", challenge, "code_challenge_method", "S256", "state", "s1"));
        HttpResponse<String> toLogin = http.send(get(authorize), HttpResponse.BodyHandlers.ofString());
        String loginUrl = absolute(toLogin.headers().firstValue("Location").orElseThrow(() -> new IllegalStateException("authorize did not ask to sign in: " + toLogin.statusCode())));
        HttpResponse<String> loginPage = http.send(get(loginUrl), HttpResponse.BodyHandlers.ofString());
        Matcher csrf = CSRF.matcher(loginPage.body());
        if (!csrf.find()) {
            throw new IllegalStateException("no CSRF token on the login page");
        }
        HttpResponse<String> signedIn = http.send(HttpRequest.newBuilder(URI.create(issuer + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(Map.of("username", username, "password", password, "_csrf", csrf.group(1)))))
                .build(), HttpResponse.BodyHandlers.ofString());
        String next = absolute(signedIn.headers().firstValue("Location").orElse(""));
        if (next.contains("/login?error")) {
            return "login refused: " + next;
        }
        HttpResponse<String> authorized = http.send(get(next), HttpResponse.BodyHandlers.ofString());
        String callback = authorized.headers().firstValue("Location").orElse("");
        Matcher code = Pattern.compile("[?&]code=([^&]+)").matcher(callback);
        if (!code.find()) {
            throw new IllegalStateException("no code in " + callback + " (" + authorized.statusCode() + ")");
        }
        return http.send(HttpRequest.newBuilder(URI.create(issuer + "/oauth2/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(Map.of("grant_type", "authorization_code", "client_id", CLIENT,
                        "code", urlDecoded(code.group(1)), "redirect_uri", REDIRECT, "code_verifier", verifier))))
                .build(), HttpResponse.BodyHandlers.ofString()).body();
    }

    /** A demo officer's access token. */
    public String accessToken(String username) {
        try {
            String response = tokenResponse(username, DEMO_PASSWORD);
            Matcher token = ACCESS_TOKEN.matcher(response);
            if (!token.find()) {
                throw new IllegalStateException(username + " got no access token: " + response);
            }
            return token.group(1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String urlDecoded(String value) {
        return java.net.URLDecoder.decode(value, StandardCharsets.UTF_8);
    }

    private String absolute(String location) {
        return location.startsWith("/") ? issuer + location : location;
    }

    private static HttpRequest get(String url) {
        return HttpRequest.newBuilder(URI.create(url)).GET().build();
    }

    private static String form(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(field -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private static String randomUrlSafe() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.US_ASCII));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
