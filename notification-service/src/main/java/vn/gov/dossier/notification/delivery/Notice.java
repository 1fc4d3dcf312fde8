package vn.gov.dossier.notification.delivery;

import java.util.UUID;

/** One message to send: to whom, by which channel, rendered from which template. */
public record Notice(UUID eventId, String dossierCode, DeliveryChannel channel, String recipient, String template, String text) {
}
