package vn.gov.dossier.platform.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.servers.Server;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springdoc.core.customizers.OpenApiCustomizer;

/**
 * What every service's OpenAPI document says the same way: who the API is, its licence, and the error answers. Every
 * error is problem+json (RFC 9457) with the same schema, field errors included, so the answers are described once
 * (components {@code Problem} and one response per status) and each operation refers to the ones it can give:
 * <ul>
 *   <li>400: always (a parameter or body that does not read, or a field that is invalid: {@code errors} names it);</li>
 *   <li>401 and 403: every operation that needs a token (the public look-up and the payment platform's callback do not);</li>
 *   <li>404: every operation on an object named in its path (an object of another unit answers 404 too, never its data);</li>
 *   <li>409 and 422: every operation that changes something (a step the object's state no longer allows, an
 *       idempotency key reused with another body; a request well formed but refused by a rule);</li>
 *   <li>413 and 415: every operation that takes a body (multipart papers over their limit; a content type not taken);</li>
 *   <li>429: the public operations, which are rate-limited;</li>
 *   <li>503: every operation (the database or an outside system is unavailable for a moment: retry after {@code Retry-After}).</li>
 * </ul>
 * Summaries and descriptions come from each controller method's Javadoc.
 */
public final class ApiDocumentation implements OpenApiCustomizer {

    static final String PROBLEM = "Problem";
    static final String PROBLEM_JSON = "application/problem+json";
    private static final String PUBLIC = "/api/v1/public/";

    private static final Map<Integer, String> ANSWERS = new LinkedHashMap<>();

    static {
        ANSWERS.put(400, "The request does not read, or a field is invalid: `errors` names each field and what it must be.");
        ANSWERS.put(401, "No access token, or one that is expired, forged or from another issuer (`WWW-Authenticate: Bearer`).");
        ANSWERS.put(403, "The token's role or unit may not do this (a field naming another unit is named in `errors`).");
        ANSWERS.put(404, "Nothing with that name exists, or it belongs to another unit.");
        ANSWERS.put(409, "The object's state no longer allows this (someone acted first), or the idempotency key was used with another body.");
        ANSWERS.put(413, "A paper or the whole request is larger than allowed: `errors` names the paper.");
        ANSWERS.put(415, "The request's content type is not one this operation takes.");
        ANSWERS.put(422, "The request is well formed but a rule refuses it (an unknown procedure or unit, an address that was split).");
        ANSWERS.put(429, "Asked too often: wait the seconds `Retry-After` says.");
        ANSWERS.put(503, "A database or an outside system is unavailable for a moment: nothing was changed; retry after `Retry-After`.");
    }

    private final String application;
    private final String version;

    public ApiDocumentation(String application, String version) {
        this.application = application;
        this.version = version;
    }

    @Override
    public void customise(OpenAPI openApi) {
        openApi.info(new Info().title(application + " API").version(version)
                .description("Cross-boundary dossier processing: the HTTP API of " + application + ". Every error answer is "
                        + "problem+json (RFC 9457).")
                .license(new License().name("Apache-2.0").url("https://www.apache.org/licenses/LICENSE-2.0")));
        Components components = openApi.getComponents() == null ? new Components() : openApi.getComponents();
        openApi.components(components);
        components.addSchemas(PROBLEM, problemSchema());
        ANSWERS.forEach((status, description) -> components.addResponses(name(status), new ApiResponse().description(description)
                .content(new Content().addMediaType(PROBLEM_JSON, new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM))))));
        // The service answers where its document was read from: the same host, whatever the deployment calls it.
        openApi.servers(java.util.List.of(new Server().url("/").description("this service, where this document was read")));
        if (openApi.getPaths() == null) {
            return;
        }
        java.util.Set<String> used = new java.util.HashSet<>();
        openApi.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
            describe(path, method, operation);
            operation.getResponses().values().stream().map(ApiResponse::get$ref).filter(java.util.Objects::nonNull).forEach(used::add);
        }));
        ANSWERS.keySet().stream().filter(status -> !used.contains("#/components/responses/" + name(status)))
                .forEach(status -> components.getResponses().remove(name(status)));
    }

    private static void describe(String path, PathItem.HttpMethod method, Operation operation) {
        boolean open = path.startsWith(PUBLIC);
        boolean changes = method != PathItem.HttpMethod.GET && method != PathItem.HttpMethod.HEAD;
        boolean body = operation.getRequestBody() != null;
        answer(operation, 400);
        if (!open) {
            answer(operation, 401);
            answer(operation, 403);
        }
        if (path.contains("{")) {
            answer(operation, 404);
        }
        if (changes) {
            answer(operation, 409);
            answer(operation, 422);
        }
        if (body) {
            answer(operation, 413);
            answer(operation, 415);
        }
        if (open) {
            answer(operation, 429);
        }
        answer(operation, 503);
        operation.setSummary(operation.getSummary() == null || operation.getSummary().isBlank() ? words(operation.getOperationId())
                : plain(operation.getSummary()));
    }

    private static void answer(Operation operation, int status) {
        ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
        operation.setResponses(responses);
        responses.computeIfAbsent(String.valueOf(status), key -> new ApiResponse().$ref("#/components/responses/" + name(status)));
    }

    private static String name(int status) {
        return "Problem" + status;
    }

    /** A summary is one line of plain text: the Javadoc's first sentence without its markup. */
    static String plain(String javadoc) {
        return javadoc.replaceAll("<[^>]+>", "").replace("&quot;", "\"").replace("&#39;", "'").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&amp;", "&").replaceAll("\\s+", " ").trim();
    }

    /** The last resort for a method without Javadoc: its name in words ({@code claimDue} reads "Claim due"). */
    static String words(String operationId) {
        if (operationId == null || operationId.isBlank()) {
            return "Operation";
        }
        String spaced = operationId.replaceAll("_\\d+$", "").replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
        return Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
    }

    private static Schema<?> problemSchema() {
        Schema<Object> fieldError = new ObjectSchema().description("One invalid field, named by its JSON path (e.g. applicant.idNumber).")
                .addProperty("field", new StringSchema()).addProperty("message", new StringSchema());
        fieldError.setRequired(java.util.List.of("field", "message"));
        Schema<Object> problem = new ObjectSchema().description("An error answer (RFC 9457 problem details).")
                .addProperty("type", new StringSchema().description("What kind of problem, e.g. urn:problem-type:dossier:validation"))
                .addProperty("title", new StringSchema().description("The status's name"))
                .addProperty("status", new IntegerSchema().description("The HTTP status"))
                .addProperty("detail", new StringSchema().description("What went wrong, for the person reading it"))
                .addProperty("instance", new StringSchema().description("The path asked for"))
                .addProperty("errors", new ArraySchema().items(fieldError).description("The invalid fields, for a 400, 403, 413 or 422"));
        problem.setRequired(java.util.List.of("type", "title", "status"));
        return problem;
    }
}
