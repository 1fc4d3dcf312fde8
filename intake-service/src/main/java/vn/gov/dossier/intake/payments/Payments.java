package vn.gov.dossier.intake.payments;

import java.time.OffsetDateTime;
import java.util.UUID;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The payments intake keeps. */
public interface Payments {

    Mono<Void> add(Payment payment);

    Mono<Payment> byId(UUID id);

    Flux<Payment> ofDossier(UUID dossierId);

    /** Where the citizen pays, once the platform opened it. */
    Mono<Void> opened(UUID id, String checkoutUrl, OffsetDateTime at);

    /**
     * Records the platform's word that it was paid.
     *
     * @return PAID when it became the dossier's payment now; REFUND_PENDING when the dossier's fee was paid already by
     *     another payment (this one is to be refunded); empty when this callback was applied before
     */
    Mono<PaymentStatus> paid(UUID id, String transactionId, OffsetDateTime paidAt, OffsetDateTime at);

    /** The dossier's PAID payment becomes REFUND_PENDING; empty when it has none. */
    Mono<Payment> refundDue(UUID dossierId, OffsetDateTime at);

    Mono<Void> refunded(UUID id, OffsetDateTime at);

    /** A payment not yet paid becomes FAILED or CANCELLED; a PAID one stays PAID. */
    Mono<Boolean> ended(UUID id, PaymentStatus status, String failure, OffsetDateTime at);
}
