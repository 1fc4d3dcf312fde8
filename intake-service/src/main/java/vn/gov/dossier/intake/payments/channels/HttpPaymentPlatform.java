package vn.gov.dossier.intake.payments.channels;

import java.util.Map;
import java.util.UUID;
import org.springframework.http.MediaType;
import reactor.core.publisher.Mono;
import vn.gov.dossier.intake.payments.PaymentPlatform;
import vn.gov.dossier.platform.outbound.OutsideSystem;

/**
 * The payment platform over HTTP, behind the circuit breaker {@code payment}: {@code POST /payments} with
 * {@code Idempotency-Key} (intake's payment id) and {@code {"reference", "dossierCode", "amountVnd", "description",
 * "returnUrl", "callbackUrl"}} answers {@code {"checkoutUrl"}}. The platform later POSTs the outcome to
 * {@code callbackUrl}, signed ({@code X-Payment-Signature}).
 */
public class HttpPaymentPlatform implements PaymentPlatform {

    private final OutsideSystem system;
    private final String callbackUrl;

    public HttpPaymentPlatform(OutsideSystem system, String callbackUrl) {
        this.system = system;
        this.callbackUrl = callbackUrl;
    }

    record Opened(String checkoutUrl) {
    }

    @Override
    public Mono<String> open(UUID reference, String dossierCode, long amountVnd, String description, String returnUrl) {
        Map<String, Object> body = Map.of("reference", reference.toString(), "dossierCode", dossierCode, "amountVnd", amountVnd,
                "description", description, "returnUrl", returnUrl, "callbackUrl", callbackUrl);
        return system.call(system.http().post().uri("/payments").header("Idempotency-Key", reference.toString()).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body).retrieve().bodyToMono(Opened.class)
                .map(Opened::checkoutUrl));
    }

    @Override
    public Mono<Void> refund(UUID reference, long amountVnd) {
        return system.call(system.http().post().uri("/payments/{reference}/refund", reference).header("Idempotency-Key", "refund-" + reference)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("amountVnd", amountVnd)).retrieve().toBodilessEntity()
                .then());
    }
}
