package vn.gov.dossier.notification.delivery;

import java.time.OffsetDateTime;
import java.util.UUID;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The delivery log, which is also the queue of what is still to send. */
public interface Deliveries {

    /** Queues a notice; the same notice (event, channel, template) is queued once, however often its event arrives. */
    Mono<Void> enqueue(Notice notice);

    /**
     * The applicant's contact became known: notices waiting for it get their recipient; e-mail notices to an applicant
     * without an address are dropped (there is no one to send them to).
     */
    Mono<Void> addressed(Dossier dossier);

    /**
     * Up to {@code limit} pending deliveries of the channel that are due, claimed until {@code leaseUntil} so that no
     * other instance sends them meanwhile. A citizen's delivery still without a recipient takes it from the dossier's
     * contact now (its event may have been applied while the contact was arriving).
     */
    Flux<PendingDelivery> claim(DeliveryChannel channel, OffsetDateTime now, OffsetDateTime leaseUntil, int limit);

    Mono<Void> sent(long id, Rendered rendered, int attempts, OffsetDateTime at);

    /** A failed attempt: tried again at {@code retryAt}, or FAILED for good when that is null. */
    Mono<Void> failed(long id, int attempts, String error, OffsetDateTime retryAt);

    /** The channel was not available (circuit open, bulkhead full): tried again at {@code retryAt}, no attempt counted. */
    Mono<Void> postponed(long id, OffsetDateTime retryAt);

    /** Queues a FAILED delivery again with a fresh count of attempts; false when there is no FAILED delivery of that id. */
    Mono<Boolean> resend(long id, OffsetDateTime now);

    Mono<Boolean> exists(long id);

    /** The dossier a delivery is about; empty when there is no such delivery. */
    Mono<String> dossierCodeOf(long id);

    Flux<Delivery> ofDossier(String dossierCode);

    /** The newest FAILED deliveries, at most {@code limit}, newest first. */
    Flux<Delivery> failed(int limit);

    /** Deliveries still pending for this event (for tests and the operations view). */
    Flux<Delivery> ofEvent(UUID eventId);
}
