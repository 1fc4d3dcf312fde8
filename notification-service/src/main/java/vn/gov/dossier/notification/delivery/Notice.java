package vn.gov.dossier.notification.delivery;

import java.util.Map;
import java.util.UUID;

/**
 * One message to deliver, as decided when its event arrives: to whom (null for a citizen whose contact is not known
 * yet), by which channel, from which template, and the event's own facts for it. It is rendered when it is sent, with
 * what is then known of the dossier.
 */
public record Notice(UUID eventId, UUID dossierId, String dossierCode, DeliveryChannel channel, String recipient, NoticeTemplate template,
                     Map<String, String> facts) {

    public Notice {
        facts = Map.copyOf(facts);
    }
}
