package vn.gov.dossier.platform.web;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * Refuses, before any handler runs, a query parameter that carries a control character (a NUL byte above all, which
 * PostgreSQL refuses with an error): 400 problem+json naming it. Path variables get the same check, by name, in
 * {@link ProblemDetailsAdvice} once the handler is known. Each endpoint also checks its parameters' formats
 * ({@link Params}); these two checks cover every endpoint, including ones added later.
 */
public class ControlCharacterFilter implements WebFilter, Ordered {

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 10;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        List<FieldError> errors = check(exchange.getRequest());
        return errors.isEmpty() ? chain.filter(exchange) : refuse(exchange.getResponse(), errors);
    }

    static List<FieldError> check(ServerHttpRequest request) {
        List<FieldError> errors = new ArrayList<>();
        request.getQueryParams().forEach((name, values) -> {
            if (hasControlCharacter(name) || values.stream().anyMatch(ControlCharacterFilter::hasControlCharacter)) {
                errors.add(new FieldError(hasControlCharacter(name) ? "query" : name, "contains a control character"));
            }
        });
        return errors;
    }

    static boolean hasControlCharacter(String value) {
        return value != null && value.chars().anyMatch(c -> Character.isISOControl(c) || c == '\uFFFD');
    }

    private static Mono<Void> refuse(ServerHttpResponse response, List<FieldError> errors) {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", ProblemTypes.of("validation").toString());
        problem.put("title", "Invalid request");
        problem.put("status", HttpStatus.BAD_REQUEST.value());
        problem.put("detail", "The request has invalid fields.");
        problem.put("errors", errors.stream().map(error -> Map.of("field", error.field(), "message", error.message())).toList());
        byte[] body = JsonMapper.shared().writeValueAsString(problem).getBytes(StandardCharsets.UTF_8);
        response.setStatusCode(HttpStatus.BAD_REQUEST);
        response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        response.getHeaders().setContentLength(body.length);
        return response.writeWith(Mono.just(response.bufferFactory().wrap(body)));
    }
}
