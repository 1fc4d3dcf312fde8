package vn.gov.dossier.notification.delivery;

import java.util.Map;
import java.util.UUID;

/**
 * A queued notice, as its outbound work item carries it: the delivery it is, where it goes (null while the citizen's
 * contact is not known yet), and the notice's facts merged with the dossier's as they were when it was queued.
 */
public record NoticeWork(long deliveryId, UUID dossierId, String dossierCode, DeliveryChannel channel, String recipient, NoticeTemplate template,
                         Map<String, String> model) {

    /** The outbound work kind of a channel's notices: {@code notice-sms}, {@code notice-email}, {@code notice-inbox}. */
    public static String kind(DeliveryChannel channel) {
        return "notice-" + channel.name().toLowerCase(java.util.Locale.ROOT);
    }

    public NoticeWork addressedTo(String address) {
        return new NoticeWork(deliveryId, dossierId, dossierCode, channel, address, template, model);
    }
}
