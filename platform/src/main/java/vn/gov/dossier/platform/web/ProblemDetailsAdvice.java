package vn.gov.dossier.platform.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import io.r2dbc.spi.R2dbcNonTransientResourceException;
import io.r2dbc.spi.R2dbcTransientResourceException;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import vn.gov.dossier.platform.papers.PaperMissing;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.reactive.HandlerMapping;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.bind.support.WebExchangeBindException;
import org.springframework.web.reactive.result.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.ServerWebInputException;
import reactor.core.publisher.Mono;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DatabindException;

/**
 * Turns every error into problem+json. Validation problems carry an {@code errors} array of {field, message};
 * unreadable JSON names the field Jackson stopped at. Anything unexpected is a 500 without internals.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
public class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

    /**
     * Runs before every handler: a path variable with a control character (a NUL byte above all) is refused by name,
     * whatever the endpoint, before anything is looked up.
     */
    @ModelAttribute
    public void refuseControlCharactersInPath(ServerWebExchange exchange) {
        Map<String, String> variables = exchange.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        if (variables == null) {
            return;
        }
        List<FieldError> errors = variables.entrySet().stream()
                .filter(variable -> ControlCharacterFilter.hasControlCharacter(variable.getValue()))
                .map(variable -> new FieldError(variable.getKey(), "contains a control character"))
                .toList();
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
    }

    @ExceptionHandler(ApiException.class)
    public ResponseEntity<ProblemDetail> onApiException(ApiException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(e.status(), e.getMessage());
        problem.setType(e.type());
        if (!e.errors().isEmpty()) {
            problem.setProperty("errors", e.errors());
        }
        e.properties().forEach(problem::setProperty);
        ResponseEntity.BodyBuilder answer = ResponseEntity.status(e.status());
        if (e.retryAfterSeconds() != null) {
            answer.header(HttpHeaders.RETRY_AFTER, String.valueOf(e.retryAfterSeconds()));
        }
        return answer.body(problem);
    }

    /** The database (or its pool) cannot be reached: nothing was stored, and trying again later may succeed. */
    @ExceptionHandler({DataAccessResourceFailureException.class, TransientDataAccessException.class, CannotCreateTransactionException.class,
            R2dbcTransientResourceException.class, R2dbcNonTransientResourceException.class})
    public ResponseEntity<ProblemDetail> onStorageUnavailable(Exception e) {
        log.warn("storage unavailable: {}", e.toString());
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                "The service cannot reach its database right now. Nothing was stored; please try again in a moment.");
        problem.setType(ProblemTypes.of("unavailable"));
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "5").body(problem);
    }

    /** An upload larger than the multipart reader keeps for one part or one request (the papers' own limits are lower). */
    @ExceptionHandler(DataBufferLimitException.class)
    public ResponseEntity<ProblemDetail> onTooLarge(DataBufferLimitException e) {
        return onApiException(tooLarge(e));
    }

    private static ApiException tooLarge(DataBufferLimitException e) {
        return ApiException.tooLarge("The upload is larger than the service takes: " + e.getMessage(),
                List.of(new FieldError("papers", "are too large; see the documented limits per file and per dossier")));
    }

    /** A record names a paper the store no longer holds: storage was lost or misconfigured; nothing the caller can fix. */
    @ExceptionHandler(PaperMissing.class)
    public ResponseEntity<ProblemDetail> onPaperMissing(PaperMissing e) {
        log.error("paper store: {}", e.getMessage());
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                "The paper is recorded but its file cannot be read from the store right now; operations has been alerted.");
        problem.setType(ProblemTypes.of("unavailable"));
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).body(problem);
    }

    @ExceptionHandler(Exception.class)
    public ResponseEntity<ProblemDetail> onUnexpected(Exception e) {
        log.error("unexpected error", e);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
                "The request could not be completed. Nothing was changed by it; please try again.");
        problem.setType(ProblemTypes.of("internal"));
        return ResponseEntity.internalServerError().body(problem);
    }

    @Override
    protected Mono<ResponseEntity<Object>> handleWebExchangeBindException(WebExchangeBindException e, HttpHeaders headers,
                                                                         HttpStatusCode status, ServerWebExchange exchange) {
        List<FieldError> errors = new ArrayList<>();
        e.getFieldErrors().forEach(error -> errors.add(new FieldError(error.getField(), error.getDefaultMessage())));
        e.getGlobalErrors().forEach(error -> errors.add(new FieldError(error.getObjectName(), error.getDefaultMessage())));
        return Mono.just(ResponseEntity.badRequest().body(validationProblem(errors)));
    }

    @Override
    protected Mono<ResponseEntity<Object>> handleServerWebInputException(ServerWebInputException e, HttpHeaders headers,
                                                                        HttpStatusCode status, ServerWebExchange exchange) {
        DataBufferLimitException limit = cause(e, DataBufferLimitException.class);
        if (limit != null) {
            ApiException tooLarge = tooLarge(limit);
            return Mono.just(ResponseEntity.status(tooLarge.status()).body(onApiException(tooLarge).getBody()));
        }
        DatabindException databind = cause(e, DatabindException.class);
        if (databind != null) {
            String field = path(databind);
            String message = field.isEmpty() ? "the body is not valid JSON" : "has a value of the wrong type or format";
            return Mono.just(ResponseEntity.badRequest().body(validationProblem(List.of(new FieldError(field.isEmpty() ? "body" : field, message)))));
        }
        JacksonException parse = cause(e, JacksonException.class);
        if (parse != null) {
            return Mono.just(ResponseEntity.badRequest().body(validationProblem(List.of(new FieldError("body", "the body is not valid JSON")))));
        }
        if (e.getMethodParameter() != null && e.getMethodParameter().getParameterName() != null) {
            String name = e.getMethodParameter().getParameterName();
            return Mono.just(ResponseEntity.badRequest().body(validationProblem(List.of(new FieldError(name, e.getReason())))));
        }
        return super.handleServerWebInputException(e, headers, status, exchange);
    }

    private static ProblemDetail validationProblem(List<FieldError> errors) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "The request has invalid fields.");
        problem.setType(ProblemTypes.of("validation"));
        problem.setTitle("Invalid request");
        problem.setProperty("errors", errors);
        return problem;
    }

    private static String path(DatabindException e) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference reference : e.getPath()) {
            if (reference.getPropertyName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static <T extends Throwable> T cause(Throwable e, Class<T> type) {
        for (Throwable current = e; current != null; current = current.getCause()) {
            if (type.isInstance(current)) {
                return type.cast(current);
            }
        }
        return null;
    }
}
