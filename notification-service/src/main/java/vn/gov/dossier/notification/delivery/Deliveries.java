package vn.gov.dossier.notification.delivery;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The delivery log. */
public interface Deliveries {

    /** Records the outcome of one attempt at a notice; the same notice (event, channel, template) is recorded once. */
    Mono<Void> record(Notice notice, String status, int attempts);

    Flux<Delivery> ofDossier(String dossierCode);
}
