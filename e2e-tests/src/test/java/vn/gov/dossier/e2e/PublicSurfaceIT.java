package vn.gov.dossier.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;
import vn.gov.dossier.infra.SharedInfrastructure;
import vn.gov.dossier.intake.PaymentProperties;
import vn.gov.dossier.stack.PaymentPlatformStandIn;
import vn.gov.dossier.stack.ServiceSpec;
import vn.gov.dossier.stack.Stack;

/**
 * What every service shows to anyone who can reach it. Every path and query parameter of every endpoint, read from the
 * services' own OpenAPI documents (so that a new endpoint is covered without being listed here), sent malformed: a NUL
 * byte, invalid UTF-8, SQL, a 3,000-character value, and others. No answer may be a 5xx; a NUL byte must be a 400
 * problem+json naming the parameter. And health: open probes, no details.
 */
class PublicSurfaceIT {

    /** Already percent-encoded, as an attacker would send them. */
    private static final List<String> MALFORMED = List.of("%00", "00004%00", "%FF%FE", "%27%20OR%201%3D1--", "A".repeat(3000), "-1",
            "99999999999999999999", "%C4%90%E1%BB%93", "..%2F..%2Fetc", "%20");
    private static final String NUL = "%00";

    private static Stack stack;
    /** The payment platform's stand-in: a desk opening a payment reaches it. */
    private static PaymentPlatformStandIn platform;

    @BeforeAll
    static void start() {
        // Every malformed form of the public look-up's parameters is sent from one address: lift its per-client limit.
        platform = PaymentPlatformStandIn.start(0, PaymentProperties.LOCAL_SECRET);
        stack = new Stack(SharedInfrastructure.get(), "_malformed", Officials.trusting(List.of("--dossier.intake.public-lookups-per-minute=1000",
                "--dossier.payment.url=http://localhost:" + platform.port())));
        ServiceSpec.ALL.forEach(service -> stack.start(service, 0));
    }

    @AfterAll
    static void stop() {
        if (stack != null) {
            stack.close();
        }
        if (platform != null) {
            platform.close();
        }
    }

    @Test
    void should_answer_every_malformed_parameter_of_every_endpoint_without_a_server_error_and_name_a_nul_byte() {
        List<String> serverErrors = new ArrayList<>();
        List<String> unnamedNuls = new ArrayList<>();
        List<String> withoutSecurityHeaders = new ArrayList<>();
        Map<String, Integer> checkedPerService = new LinkedHashMap<>();
        int requests = 0;
        for (ServiceSpec service : ServiceSpec.ALL) {
            int checked = 0;
            for (Operation operation : operations(Clients.of(stack, service))) {
                // As an officer the endpoint lets in, so that the parameters are what is checked, not the token.
                WebTestClient http = Clients.as(stack, service, officerFor(operation));
                for (Parameter target : operation.parameters()) {
                    checked++;
                    for (String malformed : MALFORMED) {
                        requests++;
                        URI uri = URI.create("http://localhost:" + stack.port(service) + operation.uriWith(target, malformed));
                        EntityExchangeResult<byte[]> result = send(http, operation.method(), uri);
                        int status = result.getStatus().value();
                        String what = operation.method() + " " + uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + abbreviated(uri.getRawQuery()))
                                + " -> " + status;
                        if (status >= 500) {
                            serverErrors.add(what);
                        }
                        if (!hasSecurityHeaders(result.getResponseHeaders())) {
                            withoutSecurityHeaders.add(what);
                        }
                        if (malformed.equals(NUL) && !namesParameter(result, status, target.name())) {
                            unnamedNuls.add(what + " " + new String(result.getResponseBodyContent() == null ? new byte[0]
                                    : result.getResponseBodyContent(), StandardCharsets.UTF_8));
                        }
                    }
                }
            }
            checkedPerService.put(service.name(), checked);
        }
        assertThat(checkedPerService).as("parameters found in each service's OpenAPI document").allSatisfy((service, checked) ->
                assertThat(checked).as(service).isPositive());
        assertThat(requests).isGreaterThan(200);
        assertThat(serverErrors).as("answers of 5xx").isEmpty();
        assertThat(unnamedNuls).as("NUL bytes not answered 400 naming the parameter").isEmpty();
        assertThat(withoutSecurityHeaders).as("answers without the security headers").isEmpty();
    }

    /** A demo officer whose role may call the operation (PublicSurfaceIT checks parameters; AuthorizationMatrixIT the roles). */
    private static String officerFor(Operation operation) {
        String path = operation.path();
        if (path.startsWith("/api/v1/citizen")) {
            return "001099012345";
        }
        if (path.startsWith("/api/v1/dossiers") || path.startsWith("/api/v1/drafts") || path.startsWith("/api/v1/home-visits") || path.startsWith("/api/v1/appointment-preview")) {
            return "clerk-00004";
        }
        if (path.startsWith("/api/v1/cases") || path.startsWith("/api/v1/authorities") || path.startsWith("/api/v1/inbox")) {
            return "processor-ca-26737";
        }
        if (path.startsWith("/api/v1/procedures") || path.startsWith("/api/v1/units") || path.startsWith("/api/v1/routing")
                || path.startsWith("/api/v1/projections")) {
            return "admin";
        }
        return "ops-national";
    }

    /** No sniffing, never framed, no referrer, not cached, and a content security policy that forbids framing. */
    private static boolean hasSecurityHeaders(HttpHeaders headers) {
        return "nosniff".equals(headers.getFirst("X-Content-Type-Options")) && "DENY".equals(headers.getFirst("X-Frame-Options"))
                && "no-referrer".equals(headers.getFirst("Referrer-Policy")) && headers.getCacheControl() != null
                && headers.getFirst("Content-Security-Policy") != null && headers.getFirst("Content-Security-Policy").contains("frame-ancestors 'none'");
    }

    @Test
    void should_answer_the_probes_to_anyone_on_the_management_port_but_show_health_details_to_operations_only() {
        for (ServiceSpec service : ServiceSpec.ALL) {
            WebTestClient http = Clients.management(stack, service);
            // The public port serves no actuator at all: health, probes and metrics live on the management port.
            for (String actuator : List.of("/actuator/health", "/actuator/prometheus", "/actuator/metrics")) {
                Clients.as(stack, service, "ops-national").get().uri(actuator).exchange().expectStatus().isNotFound();
            }
            for (String probe : List.of("/actuator/health/liveness", "/actuator/health/readiness")) {
                http.get().uri(probe).exchange().expectStatus().isOk()
                        .expectHeader().valueEquals("X-Content-Type-Options", "nosniff")
                        .expectBody().jsonPath("$.status").isEqualTo("UP");
            }
            // The overall status may be DOWN here (this stack has no mail server), and that is all anyone is told.
            String health = http.get().uri("/actuator/health").exchange()
                    .expectBody(String.class).returnResult().getResponseBody();
            assertThat(health).as(service.name()).containsPattern("\"status\":\"(UP|DOWN|OUT_OF_SERVICE)\"")
                    .doesNotContain("components", "details", "diskSpace", "free", "r2dbc", "kafka", "binders", "mail");
            // Operations see the components; a desk clerk's token shows no more than no token.
            http.get().uri("/actuator/health").header(HttpHeaders.AUTHORIZATION, "Bearer " + Officials.token("ops-national")).exchange()
                    .expectBody(String.class).value(detailed -> assertThat(detailed).as(service.name()).contains("components", "r2dbc"));
            http.get().uri("/actuator/health").header(HttpHeaders.AUTHORIZATION, "Bearer " + Officials.token("clerk-00004")).exchange()
                    .expectBody(String.class).value(plain -> assertThat(plain).as(service.name()).doesNotContain("components"));
            http.get().uri("/actuator/metrics").exchange().expectStatus().isUnauthorized();
        }
    }

    private static boolean namesParameter(EntityExchangeResult<byte[]> result, int status, String parameter) {
        String body = result.getResponseBodyContent() == null ? "" : new String(result.getResponseBodyContent(), StandardCharsets.UTF_8);
        // The citizen's look-up answers a malformed code exactly like an unknown one (404), so that it tells a guesser nothing.
        boolean publicLookup = result.getUrl().getRawPath().startsWith("/api/v1/public/") && status == 404;
        return publicLookup || status == 400 && MediaType.APPLICATION_PROBLEM_JSON.isCompatibleWith(result.getResponseHeaders().getContentType())
                && body.contains("\"field\":\"" + parameter + "\"");
    }

    /**
     * One request, asked once more when no answer came within the client's patience (a fresh clone's run saw one of
     * these thousands of requests go unanswered for 30 s once, as the authorisation matrix did): the silent request is
     * printed so the log names it, and a second silence fails the test.
     */
    private static EntityExchangeResult<byte[]> send(WebTestClient http, HttpMethod method, URI uri) {
        try {
            return sendOnce(http, method, uri);
        } catch (IllegalStateException e) {
            System.out.printf("public surface: %s %s gave no answer (%s); asking once more%n", method, uri, e.getMessage());
            return sendOnce(http, method, uri);
        }
    }

    private static EntityExchangeResult<byte[]> sendOnce(WebTestClient http, HttpMethod method, URI uri) {
        WebTestClient.RequestBodySpec request = http.method(method).uri(uri);
        if (method == HttpMethod.POST || method == HttpMethod.PUT) {
            return request.contentType(MediaType.APPLICATION_JSON).bodyValue("{}").exchange().expectBody().returnResult();
        }
        return request.exchange().expectBody().returnResult();
    }

    private static String abbreviated(String text) {
        return text.length() > 60 ? text.substring(0, 60) + "…" : text;
    }

    record Parameter(String name, String in, boolean required, String type) {
    }

    record Operation(HttpMethod method, String path, List<Parameter> parameters) {

        /** The path and query with {@code target} malformed and every other parameter well formed. */
        String uriWith(Parameter target, String malformed) {
            String uri = path;
            List<String> query = new ArrayList<>();
            for (Parameter parameter : parameters) {
                String value = parameter == target ? malformed : wellFormed(parameter);
                if ("path".equals(parameter.in())) {
                    uri = uri.replace("{" + parameter.name() + "}", value);
                } else if (parameter == target || parameter.required()) {
                    query.add(parameter.name() + "=" + value);
                }
            }
            return query.isEmpty() ? uri : uri + "?" + String.join("&", query);
        }

        private String wellFormed(Parameter parameter) {
            if ("integer".equals(parameter.type())) {
                return "1";
            }
            return switch (parameter.name()) {
                case "authorityId", "recipient" -> "CA-26737";
                case "procedureCode" -> "1.004222";
                case "province" -> "01";
                case "receivingUnitCode" -> "00004";
                case "scope" -> "national";
                case "id" -> "3c1b0a7e-2222-4f4f-9a9a-0123456789ab";
                case "code" -> path.startsWith("/api/v1/procedures") ? "1.004222"
                        : path.startsWith("/api/v1/units") ? "00004" : "00004-261123-00001";
                default -> "00004-261123-00001";
            };
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Operation> operations(WebTestClient http) {
        Map<String, Object> document = http.get().uri("/v3/api-docs").exchange().expectStatus().isOk()
                .expectBody(Map.class).returnResult().getResponseBody();
        List<Operation> operations = new ArrayList<>();
        ((Map<String, Map<String, Object>>) document.get("paths")).forEach((path, methods) -> methods.forEach((method, spec) -> {
            if (!(spec instanceof Map<?, ?>) || !List.of("get", "post", "put", "delete", "patch").contains(method)) {
                return;
            }
            Map<String, Object> operation = (Map<String, Object>) spec;
            List<Parameter> parameters = new ArrayList<>();
            for (Map<String, Object> parameter : (List<Map<String, Object>>) operation.getOrDefault("parameters", List.of())) {
                String in = (String) parameter.get("in");
                if ("path".equals(in) || "query".equals(in)) {
                    Map<String, Object> schema = (Map<String, Object>) parameter.getOrDefault("schema", Map.of());
                    parameters.add(new Parameter((String) parameter.get("name"), in, Boolean.TRUE.equals(parameter.get("required")),
                            (String) schema.get("type")));
                }
            }
            if (!parameters.isEmpty()) {
                operations.add(new Operation(HttpMethod.valueOf(method.toUpperCase(java.util.Locale.ROOT)), path, parameters));
            }
        }));
        return operations;
    }
}
