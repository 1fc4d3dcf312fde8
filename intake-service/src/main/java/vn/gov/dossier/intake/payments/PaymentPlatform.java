package vn.gov.dossier.intake.payments;

import java.util.UUID;
import reactor.core.publisher.Mono;

/** The payment platform (the national portal's payment platform, or a bank's gateway) a fee is paid through. */
public interface PaymentPlatform {

    /** Its name in configuration: the payment platform's circuit breaker is {@code resilience4j.circuitbreaker.instances.payment}. */
    String NAME = "payment";

    /**
     * Opens a payment. The platform confirms it later by a signed callback to {@code callbackUrl}.
     *
     * @param reference intake's payment id: the platform's idempotency key and what its callback names
     * @return where the citizen pays
     */
    Mono<String> open(UUID reference, String dossierCode, long amountVnd, String description, String returnUrl);

    /** Refunds a paid payment in full; refunding it again changes nothing (the reference is the idempotency key). */
    Mono<Void> refund(UUID reference, long amountVnd);
}
