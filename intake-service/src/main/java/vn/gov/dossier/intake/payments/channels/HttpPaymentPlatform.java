package vn.gov.dossier.intake.payments.channels;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.reactor.circuitbreaker.operator.CircuitBreakerOperator;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Mono;
import vn.gov.dossier.intake.payments.PaymentPlatform;

/**
 * The payment platform over HTTP, behind the circuit breaker {@code payment}: {@code POST /payments} with
 * {@code Idempotency-Key} (intake's payment id) and {@code {"reference", "dossierCode", "amountVnd", "description",
 * "returnUrl", "callbackUrl"}} answers {@code {"checkoutUrl"}}. The platform later POSTs the outcome to
 * {@code callbackUrl}, signed ({@code X-Payment-Signature}).
 */
public class HttpPaymentPlatform implements PaymentPlatform {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final WebClient http;
    private final CircuitBreaker circuitBreaker;
    private final String callbackUrl;

    public HttpPaymentPlatform(WebClient http, CircuitBreaker circuitBreaker, String callbackUrl) {
        this.http = http;
        this.circuitBreaker = circuitBreaker;
        this.callbackUrl = callbackUrl;
    }

    record Opened(String checkoutUrl) {
    }

    @Override
    public Mono<String> open(UUID reference, String dossierCode, long amountVnd, String description, String returnUrl) {
        Map<String, Object> body = Map.of("reference", reference.toString(), "dossierCode", dossierCode, "amountVnd", amountVnd,
                "description", description, "returnUrl", returnUrl, "callbackUrl", callbackUrl);
        return http.post().uri("/payments").header("Idempotency-Key", reference.toString()).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body).retrieve().bodyToMono(Opened.class)
                .timeout(TIMEOUT)
                .map(Opened::checkoutUrl)
                .transformDeferred(CircuitBreakerOperator.of(circuitBreaker));
    }

    @Override
    public boolean circuitOpen() {
        return circuitBreaker.getState() == CircuitBreaker.State.OPEN;
    }

    @Override
    public Mono<Void> refund(UUID reference, long amountVnd) {
        return http.post().uri("/payments/{reference}/refund", reference).header("Idempotency-Key", "refund-" + reference)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("amountVnd", amountVnd)).retrieve().toBodilessEntity()
                .timeout(TIMEOUT)
                .then()
                .transformDeferred(CircuitBreakerOperator.of(circuitBreaker));
    }
}
