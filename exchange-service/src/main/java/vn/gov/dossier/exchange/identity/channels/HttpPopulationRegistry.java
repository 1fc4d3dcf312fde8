package vn.gov.dossier.exchange.identity.channels;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.reactor.circuitbreaker.operator.CircuitBreakerOperator;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Mono;
import vn.gov.dossier.exchange.identity.PopulationRegistry;

/**
 * The population database over HTTP, behind the circuit breaker {@code population}: {@code POST /citizens/verify} with
 * {@code {"idNumber", "fullName", "birthDate", "askedBy", "askedUnit"}} answers {@code {"result": "MATCHED" |
 * "MISMATCHED" | "NOT_FOUND"}}.
 */
public class HttpPopulationRegistry implements PopulationRegistry {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final WebClient http;
    private final CircuitBreaker circuitBreaker;

    public HttpPopulationRegistry(WebClient http, CircuitBreaker circuitBreaker) {
        this.http = http;
        this.circuitBreaker = circuitBreaker;
    }

    record Answer(String result) {
    }

    @Override
    public boolean circuitOpen() {
        return circuitBreaker.getState() == CircuitBreaker.State.OPEN;
    }

    @Override
    public Mono<Verdict> check(String idNumber, String fullName, LocalDate birthDate, String askedBy, String askedUnit) {
        Map<String, Object> body = new HashMap<>();
        body.put("idNumber", idNumber);
        body.put("fullName", fullName);
        body.put("birthDate", birthDate == null ? null : birthDate.toString());
        body.put("askedBy", askedBy);
        body.put("askedUnit", askedUnit);
        return http.post().uri("/citizens/verify").contentType(MediaType.APPLICATION_JSON).bodyValue(body).retrieve().bodyToMono(Answer.class)
                .timeout(TIMEOUT)
                .map(answer -> Verdict.valueOf(answer.result()))
                .transformDeferred(CircuitBreakerOperator.of(circuitBreaker));
    }
}
