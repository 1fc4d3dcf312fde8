package vn.gov.dossier.notification.delivery;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import vn.gov.dossier.contracts.DossierRouted;
import vn.gov.dossier.contracts.DossierSubmitted;

/** Sends the notices an event gives rise to and logs each delivery. */
public class NotifyingParticipants {

    private final Map<DeliveryChannel, NoticeSender> senders;
    private final Deliveries deliveries;

    public NotifyingParticipants(List<NoticeSender> senders, Deliveries deliveries) {
        this.senders = senders.stream().collect(Collectors.toUnmodifiableMap(NoticeSender::channel, Function.identity()));
        this.deliveries = deliveries;
    }

    public Mono<Void> submitted(DossierSubmitted event) {
        return deliver(Notices.of(event));
    }

    public Mono<Void> routed(DossierRouted event) {
        return deliver(Notices.of(event));
    }

    private Mono<Void> deliver(List<Notice> notices) {
        return Flux.fromIterable(notices)
                .concatMap(notice -> {
                    NoticeSender sender = senders.get(notice.channel());
                    if (sender == null) {
                        return deliveries.record(notice, "FAILED", 0);
                    }
                    return sender.send(notice)
                            .then(deliveries.record(notice, "SENT", 1))
                            .onErrorResume(error -> deliveries.record(notice, "FAILED", 1));
                })
                .then();
    }
}
