package vn.gov.dossier.platform.outbound;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.reactor.circuitbreaker.operator.CircuitBreakerOperator;
import java.time.Duration;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Mono;

/**
 * An outside system reached over HTTP (the national portal, the population database, the post, the payment platform):
 * its client, its circuit breaker and how long one call may take. Every adapter makes its calls through
 * {@link #call(Mono)}, so each call is limited in time and counted by the breaker the same way; a call refused while the
 * breaker is open fails with resilience4j's {@code CallNotPermittedException}, which {@link OutboundWork} takes as
 * "postpone, no attempt spent".
 *
 * @param http the client, to build a request; send it with {@link #call(Mono)}
 * @param breaker the system's circuit breaker ({@code resilience4j.circuitbreaker.instances.<name>})
 * @param timeout how long one call may take
 */
public record OutsideSystem(WebClient http, CircuitBreaker breaker, Duration timeout) {

    /** How long one call may take when the adapter does not say. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);

    /** The system at {@code baseUrl}, behind {@code breaker}, with the default time limit. */
    public static OutsideSystem at(String baseUrl, CircuitBreaker breaker) {
        return new OutsideSystem(WebClient.builder().baseUrl(baseUrl).build(), breaker, DEFAULT_TIMEOUT);
    }

    /** The request, limited in time and counted by the breaker (refused at once while it is open). */
    public <T> Mono<T> call(Mono<T> request) {
        return request.timeout(timeout).transformDeferred(CircuitBreakerOperator.of(breaker));
    }

    /** Whether {@code breaker} refuses calls now (open by its own count, or forced open by an operator). */
    public static boolean refusing(CircuitBreaker breaker) {
        CircuitBreaker.State state = breaker.getState();
        return state == CircuitBreaker.State.OPEN || state == CircuitBreaker.State.FORCED_OPEN;
    }
}
