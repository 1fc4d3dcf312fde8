package vn.gov.dossier.notification.delivery;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

/** A channel that only writes what it would send to the log (recipient masked). Stands in until a real channel exists. */
public final class LoggingSender implements NoticeSender {

    private static final Logger log = LoggerFactory.getLogger(LoggingSender.class);

    private final DeliveryChannel channel;

    public LoggingSender(DeliveryChannel channel) {
        this.channel = channel;
    }

    @Override
    public DeliveryChannel channel() {
        return channel;
    }

    @Override
    public Mono<Void> send(Notice notice) {
        return Mono.fromRunnable(() -> log.info("{} to {} [{}] {}: {}", channel, Recipients.mask(channel, notice.recipient()), notice.template(),
                notice.dossierCode(), notice.text()));
    }
}
