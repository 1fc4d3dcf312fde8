package vn.gov.dossier.notification.delivery;

import java.time.OffsetDateTime;

/** A delivery as the log shows it (API.md): the recipient masked. */
public record Delivery(String channel, String recipient, String template, String status, int attempts, OffsetDateTime at) {
}
