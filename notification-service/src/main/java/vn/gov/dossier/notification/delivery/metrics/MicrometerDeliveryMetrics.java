package vn.gov.dossier.notification.delivery.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;
import vn.gov.dossier.notification.delivery.DeliveryChannel;
import vn.gov.dossier.notification.delivery.DeliveryMetrics;
import vn.gov.dossier.notification.delivery.NoticeTemplate;

@Component
class MicrometerDeliveryMetrics implements DeliveryMetrics {

    /** Counter by channel, template and outcome: SENT, or FAILED for a delivery whose attempts are spent. */
    static final String DELIVERIES = "dossier.notifications.deliveries";
    /** Counter by channel: failed attempts (retried or not). */
    static final String FAILED_ATTEMPTS = "dossier.notifications.failed.attempts";

    private final MeterRegistry meters;

    MicrometerDeliveryMetrics(MeterRegistry meters) {
        this.meters = meters;
    }

    @Override
    public void sent(DeliveryChannel channel, NoticeTemplate template) {
        Counter.builder(DELIVERIES).description("Notices delivered or given up, by channel, template and outcome").tags("channel", channel.name(), "template", template.name(), "outcome", "SENT").register(meters).increment();
    }

    @Override
    public void failed(DeliveryChannel channel, NoticeTemplate template, boolean finallyFailed) {
        Counter.builder(FAILED_ATTEMPTS).description("Failed attempts to deliver a notice (each is retried until it is sent or given up), by channel").tags("channel", channel.name()).register(meters).increment();
        if (finallyFailed) {
            Counter.builder(DELIVERIES).description("Notices delivered or given up, by channel, template and outcome").tags("channel", channel.name(), "template", template.name(), "outcome", "FAILED").register(meters).increment();
        }
    }
}
