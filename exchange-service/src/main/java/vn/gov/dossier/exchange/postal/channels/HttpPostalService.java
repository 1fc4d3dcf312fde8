package vn.gov.dossier.exchange.postal.channels;

import java.time.OffsetDateTime;
import java.util.Map;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.client.WebClientResponseException;
import reactor.core.publisher.Mono;
import vn.gov.dossier.exchange.postal.PostalService;
import vn.gov.dossier.platform.outbound.OutsideSystem;

/**
 * The postal service over HTTP, behind a circuit breaker named {@code postal} ({@code resilience4j.circuitbreaker.
 * instances.postal}): {@code POST /shipments} with {@code Idempotency-Key} (the dispatch's reference; one shipment per
 * key) answers {@code {"trackingNumber"}}; {@code GET /shipments/{trackingNumber}} answers {@code {"status", "at"}},
 * DELIVERED once the addressee has it. A 4xx other than 408 and 429 is a refusal (retrying will not help); anything
 * else is retried by the dispatcher.
 */
public class HttpPostalService implements PostalService {

    private final OutsideSystem system;

    public HttpPostalService(OutsideSystem system) {
        this.system = system;
    }

    record Created(String trackingNumber) {
    }

    record Status(String trackingNumber, String status, OffsetDateTime at) {
    }

    @Override
    public Mono<String> dispatch(Shipment shipment) {
        Map<String, Object> body = Map.of("reference", shipment.reference(), "dossierCode", shipment.dossierCode(),
                "recipient", shipment.recipient(), "address", Map.of("unitCode", shipment.address().unitCode(), "street", shipment.address().street()));
        return system.call(system.http().post().uri("/shipments").header("Idempotency-Key", shipment.reference()).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body).retrieve().bodyToMono(Created.class)
                .map(Created::trackingNumber)
                .onErrorMap(WebClientResponseException.class, HttpPostalService::refusedOrNot));
    }

    @Override
    public Mono<Tracking> track(String trackingNumber) {
        return system.call(system.http().get().uri("/shipments/{tracking}", trackingNumber).retrieve().bodyToMono(Status.class)
                .map(status -> new Tracking(trackingNumber, status.status(), "DELIVERED".equals(status.status()),
                        status.at() == null ? OffsetDateTime.now() : status.at())));
    }

    private static Throwable refusedOrNot(WebClientResponseException error) {
        HttpStatusCode status = error.getStatusCode();
        if (status.is4xxClientError() && status.value() != 408 && status.value() != 429) {
            return new Refused("the postal service refused the shipment: " + status.value() + " " + error.getResponseBodyAsString());
        }
        return error;
    }
}
