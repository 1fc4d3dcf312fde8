package vn.gov.dossier.exchange.postal.channels;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.reactor.circuitbreaker.operator.CircuitBreakerOperator;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Map;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.reactive.function.client.WebClientResponseException;
import reactor.core.publisher.Mono;
import vn.gov.dossier.exchange.postal.PostalService;

/**
 * The postal service over HTTP, behind a circuit breaker named {@code postal} ({@code resilience4j.circuitbreaker.
 * instances.postal}): {@code POST /shipments} with {@code Idempotency-Key} (the dispatch's reference; one shipment per
 * key) answers {@code {"trackingNumber"}}; {@code GET /shipments/{trackingNumber}} answers {@code {"status", "at"}},
 * DELIVERED once the addressee has it. A 4xx other than 408 and 429 is a refusal (retrying will not help); anything
 * else is retried by the dispatcher.
 */
public class HttpPostalService implements PostalService {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final WebClient http;
    private final CircuitBreaker circuitBreaker;

    public HttpPostalService(WebClient http, CircuitBreaker circuitBreaker) {
        this.http = http;
        this.circuitBreaker = circuitBreaker;
    }

    record Created(String trackingNumber) {
    }

    record Status(String trackingNumber, String status, OffsetDateTime at) {
    }

    @Override
    public boolean circuitOpen() {
        return circuitBreaker.getState() == CircuitBreaker.State.OPEN;
    }

    @Override
    public Mono<String> dispatch(Shipment shipment) {
        Map<String, Object> body = Map.of("reference", shipment.reference(), "dossierCode", shipment.dossierCode(),
                "recipient", shipment.recipient(), "address", Map.of("unitCode", shipment.address().unitCode(), "street", shipment.address().street()));
        return http.post().uri("/shipments").header("Idempotency-Key", shipment.reference()).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body).retrieve().bodyToMono(Created.class)
                .timeout(TIMEOUT)
                .map(Created::trackingNumber)
                .onErrorMap(WebClientResponseException.class, HttpPostalService::refusedOrNot)
                .transformDeferred(CircuitBreakerOperator.of(circuitBreaker));
    }

    @Override
    public Mono<Tracking> track(String trackingNumber) {
        return http.get().uri("/shipments/{tracking}", trackingNumber).retrieve().bodyToMono(Status.class)
                .timeout(TIMEOUT)
                .map(status -> new Tracking(trackingNumber, status.status(), "DELIVERED".equals(status.status()),
                        status.at() == null ? OffsetDateTime.now() : status.at()))
                .transformDeferred(CircuitBreakerOperator.of(circuitBreaker));
    }

    private static Throwable refusedOrNot(WebClientResponseException error) {
        HttpStatusCode status = error.getStatusCode();
        if (status.is4xxClientError() && status.value() != 408 && status.value() != 429) {
            return new Refused("the postal service refused the shipment: " + status.value() + " " + error.getResponseBodyAsString());
        }
        return error;
    }
}
