package vn.gov.dossier.platform.web;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;

/** An error a controller answers with on purpose; rendered as problem+json by {@link ProblemDetailsAdvice}. */
public class ApiException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final HttpStatus status;
    private final String problem;
    private final transient List<FieldError> errors;
    private final transient Map<String, Object> properties;
    private final Duration retryAfter;

    protected ApiException(HttpStatus status, String problem, String detail, List<FieldError> errors) {
        this(status, problem, detail, errors, Map.of());
    }

    protected ApiException(HttpStatus status, String problem, String detail, List<FieldError> errors, Map<String, Object> properties) {
        this(status, problem, detail, errors, properties, null);
    }

    private ApiException(HttpStatus status, String problem, String detail, List<FieldError> errors, Map<String, Object> properties,
                         Duration retryAfter) {
        super(detail);
        this.status = status;
        this.problem = problem;
        this.errors = List.copyOf(errors);
        this.properties = Map.copyOf(properties);
        this.retryAfter = retryAfter;
    }

    public static ApiException notFound(String detail) {
        return new ApiException(HttpStatus.NOT_FOUND, "not-found", detail, List.of());
    }

    public static ApiException conflict(String detail) {
        return new ApiException(HttpStatus.CONFLICT, "conflict", detail, List.of());
    }

    /** 409 with more for the client, e.g. the steps that are allowed instead. */
    public static ApiException conflict(String detail, Map<String, Object> properties) {
        return new ApiException(HttpStatus.CONFLICT, "conflict", detail, List.of(), properties);
    }

    /** 400: malformed or invalid fields, each named. */
    public static ApiException invalid(List<FieldError> errors) {
        return new ApiException(HttpStatus.BAD_REQUEST, "validation", "The request has invalid fields.", errors);
    }

    /** 422: well-formed, but not something the system can take (e.g. a procedure that is not offered). */
    public static ApiException unprocessable(String detail, List<FieldError> errors) {
        return new ApiException(HttpStatus.UNPROCESSABLE_CONTENT, "unprocessable", detail, errors);
    }

    /** 403: the caller is known, and may not do this (the field that asked for it named when there is one). */
    public static ApiException forbidden(String detail, List<FieldError> errors) {
        return new ApiException(HttpStatus.FORBIDDEN, "forbidden", detail, errors);
    }

    /** 413: a file, or all of them together, larger than the documented limit (the file named). */
    public static ApiException tooLarge(String detail, List<FieldError> errors) {
        return new ApiException(HttpStatus.CONTENT_TOO_LARGE, "too-large", detail, errors);
    }

    /** 415: a file whose content is not of a type the endpoint takes (the file named). */
    public static ApiException unsupportedType(String detail, List<FieldError> errors) {
        return new ApiException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-type", detail, errors);
    }

    /** 401: a caller that proved nothing (e.g. a callback whose signature does not match). */
    public static ApiException unauthorized(String detail) {
        return new ApiException(HttpStatus.UNAUTHORIZED, "unauthorized", detail, List.of());
    }

    /** 503: an outside system this answer needs cannot be reached now; nothing was lost, and asking again later may work. */
    public static ApiException unavailable(String detail) {
        return new ApiException(HttpStatus.SERVICE_UNAVAILABLE, "unavailable", detail, List.of(), Map.of(), java.time.Duration.ofSeconds(30));
    }

    /** 429 with {@code Retry-After}: this client asked too often; it may ask again after {@code retryAfter}. */
    public static ApiException tooManyRequests(String detail, Duration retryAfter) {
        return new ApiException(HttpStatus.TOO_MANY_REQUESTS, "too-many-requests", detail, List.of(), Map.of(), retryAfter);
    }

    public HttpStatus status() {
        return status;
    }

    public URI type() {
        return ProblemTypes.of(problem);
    }

    public List<FieldError> errors() {
        return errors;
    }

    public Map<String, Object> properties() {
        return properties;
    }

    /** When the client may try again (whole seconds, at least one), or null when the answer says nothing of it. */
    public Long retryAfterSeconds() {
        return retryAfter == null ? null : Math.max(1, (retryAfter.toMillis() + 999) / 1000);
    }
}
