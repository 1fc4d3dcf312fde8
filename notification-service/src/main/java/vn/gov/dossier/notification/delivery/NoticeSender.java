package vn.gov.dossier.notification.delivery;

import reactor.core.publisher.Mono;

/** A channel's way out (SMS gateway, SMTP, in-app inbox). */
public interface NoticeSender {

    DeliveryChannel channel();

    Mono<Void> send(Notice notice);
}
