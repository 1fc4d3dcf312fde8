package vn.gov.dossier.platform.security;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;
import vn.gov.dossier.platform.web.ProblemTypes;

/**
 * The security filter's refusals, as problem+json like every other error: 401 with the RFC 6750 challenge for a missing,
 * expired, forged or foreign token, 403 for a role that may not call the endpoint. Neither says why a token failed
 * beyond "invalid" (the log does not either: the reason helps an attacker more than a client).
 */
final class ProblemAnswers implements ServerAuthenticationEntryPoint, ServerAccessDeniedHandler {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Override
    public Mono<Void> commence(ServerWebExchange exchange, AuthenticationException failure) {
        boolean presented = failure instanceof InvalidBearerTokenException
                || exchange.getRequest().getHeaders().containsHeader(HttpHeaders.AUTHORIZATION);
        exchange.getResponse().getHeaders().set(HttpHeaders.WWW_AUTHENTICATE, presented
                ? "Bearer error=\"invalid_token\", error_description=\"The access token is invalid, expired or not issued by the trusted provider\""
                : "Bearer");
        return write(exchange.getResponse(), HttpStatus.UNAUTHORIZED, "unauthorized", presented
                ? "The access token is invalid, expired or not issued by the trusted provider; sign in again."
                : "This endpoint needs an access token (Authorization: Bearer …) from the trusted identity provider.");
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, AccessDeniedException denied) {
        return write(exchange.getResponse(), HttpStatus.FORBIDDEN, "forbidden", "Your role may not call this endpoint.");
    }

    static Mono<Void> write(ServerHttpResponse response, HttpStatus status, String slug, String detail) {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", ProblemTypes.of(slug).toString());
        problem.put("title", status.getReasonPhrase());
        problem.put("status", status.value());
        problem.put("detail", detail);
        response.setStatusCode(status);
        response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        DataBuffer body = response.bufferFactory().wrap(JSON.writeValueAsString(problem).getBytes(StandardCharsets.UTF_8));
        return response.writeWith(Mono.just(body));
    }
}
