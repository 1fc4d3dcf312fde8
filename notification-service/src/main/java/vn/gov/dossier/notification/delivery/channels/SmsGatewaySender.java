package vn.gov.dossier.notification.delivery.channels;

import java.text.Normalizer;
import java.time.Duration;
import java.util.Map;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Mono;
import vn.gov.dossier.notification.delivery.DeliveryChannel;
import vn.gov.dossier.notification.delivery.NoticeSender;
import vn.gov.dossier.notification.delivery.PendingDelivery;
import vn.gov.dossier.notification.delivery.Rendered;

/**
 * SMS through an HTTP gateway: {@code POST <gateway>/messages {"to", "text", "sender"}}, any 2xx meaning accepted.
 * Vietnamese brand-name SMS is usually sent without diacritics (GSM-7: 160 characters a segment instead of 70), so the
 * text is folded to plain letters unless the gateway is set to send Unicode.
 */
public final class SmsGatewaySender implements NoticeSender {

    private final WebClient gateway;
    private final String sender;
    private final boolean unicode;
    private final Duration timeout;

    public SmsGatewaySender(WebClient gateway, String sender, boolean unicode, Duration timeout) {
        this.gateway = gateway;
        this.sender = sender;
        this.unicode = unicode;
        this.timeout = timeout;
    }

    static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    /** One key per notice: the delivery's own id, stable across its attempts and restarts. */
    static String key(PendingDelivery delivery) {
        return "notice-" + delivery.id();
    }

    @Override
    public DeliveryChannel channel() {
        return DeliveryChannel.SMS;
    }

    @Override
    public Mono<Void> send(PendingDelivery delivery, Rendered rendered) {
        String text = unicode ? rendered.body() : withoutDiacritics(rendered.body());
        return gateway.post().uri("/messages")
                // The same key on every try of this notice (a retry after a timeout, a re-dispatch after a crash between
                // the gateway's acceptance and our commit): the gateway sends one SMS for it, not one per try.
                .header(IDEMPOTENCY_KEY, key(delivery))
                .bodyValue(Map.of("to", delivery.recipient(), "text", text, "sender", sender))
                .retrieve()
                .toBodilessEntity()
                .timeout(timeout)
                .then();
    }

    /** "Hồ sơ đã được tiếp nhận" → "Ho so da duoc tiep nhan". */
    public static String withoutDiacritics(String text) {
        String decomposed = Normalizer.normalize(text.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD);
        return decomposed.replaceAll("\\p{M}", "");
    }
}
