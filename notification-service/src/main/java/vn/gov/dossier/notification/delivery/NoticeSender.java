package vn.gov.dossier.notification.delivery;

import reactor.core.publisher.Mono;

/** A channel's way out (SMS gateway, SMTP, in-app inbox). */
public interface NoticeSender {

    DeliveryChannel channel();

    /**
     * Sends one rendered notice. Fails with {@link ChannelUnavailable} when the channel refuses to try (circuit open,
     * too many in flight), with anything else when the attempt failed.
     */
    Mono<Void> send(PendingDelivery delivery, Rendered rendered);
}
