package vn.gov.dossier.notification.delivery;

/** What operations staff see of deliveries. */
public interface DeliveryMetrics {

    void sent(DeliveryChannel channel, NoticeTemplate template);

    /** An attempt failed; {@code finally} when the delivery is now FAILED for good. */
    void failed(DeliveryChannel channel, NoticeTemplate template, boolean finallyFailed);
}
