package vn.gov.dossier.exchange.portal.channels;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.reactor.circuitbreaker.operator.CircuitBreakerOperator;
import java.time.Duration;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Mono;
import vn.gov.dossier.exchange.dossier.DossierRecord;
import vn.gov.dossier.exchange.portal.NationalPortal;

/**
 * The national portal over HTTP, behind the circuit breaker {@code portal}: {@code PUT /dossiers/{code}} with the
 * record; the portal keeps the highest version it was sent, so a repeated or late PUT changes nothing.
 */
public class HttpNationalPortal implements NationalPortal {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final WebClient http;
    private final CircuitBreaker circuitBreaker;

    public HttpNationalPortal(WebClient http, CircuitBreaker circuitBreaker) {
        this.http = http;
        this.circuitBreaker = circuitBreaker;
    }

    @Override
    public boolean circuitOpen() {
        return circuitBreaker.getState() == CircuitBreaker.State.OPEN;
    }

    @Override
    public Mono<Void> publish(DossierRecord.PortalView record) {
        return http.put().uri("/dossiers/{code}", record.dossierCode()).contentType(MediaType.APPLICATION_JSON).bodyValue(record)
                .retrieve().toBodilessEntity()
                .timeout(TIMEOUT)
                .then()
                .transformDeferred(CircuitBreakerOperator.of(circuitBreaker));
    }
}
