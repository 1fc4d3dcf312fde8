package vn.gov.dossier.notification.delivery;

import java.time.OffsetDateTime;

/** A delivery as the log shows it (API.md), the recipient masked; {@code id} names it for a resend. */
public record Delivery(long id, String dossierCode, String channel, String recipient, String template, String status, int attempts, OffsetDateTime at,
                       String lastError) {
}
