package vn.gov.dossier.notification.delivery;

import java.time.OffsetDateTime;
import java.util.UUID;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The delivery log: what each notice was, to whom, and what was sent. Sending is the platform's outbound work (one
 * item per delivery, kind {@code notice-<channel>}); a delivery's attempts, last error and FAILED state are that
 * item's.
 */
public interface Deliveries {

    /**
     * Logs a notice and queues it for sending, in the caller's transaction; the same notice (event, channel, template) is
     * logged and queued once, however often its event arrives.
     */
    Mono<Void> enqueue(Notice notice);

    /**
     * The applicant's contact became known: notices waiting for it are addressed (and queued again, so that they go at
     * once); e-mail notices to an applicant without an address are dropped (there is no one to send them to).
     */
    Mono<Void> addressed(Dossier dossier);

    /** A citizen's contact on a channel, as the dossier's events told it: not known yet, or known (the address may be null). */
    record Contact(boolean known, String address) {
    }

    Mono<Contact> contactOf(UUID dossierId, DeliveryChannel channel);

    /** The notice was sent: its log records the recipient, the rendered text and the attempts it took. */
    Mono<Void> sent(long id, String recipient, Rendered rendered, int attempts, OffsetDateTime at);

    /** A notice nobody can receive (an e-mail to an applicant without an address): it leaves the log. */
    Mono<Void> dropped(long id);

    /** Sends a FAILED delivery again with a fresh count of attempts; false when there is no FAILED delivery of that id. */
    Mono<Boolean> resend(long id);

    Mono<Boolean> exists(long id);

    /** The dossier a delivery is about; empty when there is no such delivery. */
    Mono<String> dossierCodeOf(long id);

    Flux<Delivery> ofDossier(String dossierCode);

    /** The newest FAILED deliveries, at most {@code limit}, newest first. */
    Flux<Delivery> failed(int limit);
}
