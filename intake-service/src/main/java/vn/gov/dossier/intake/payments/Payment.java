package vn.gov.dossier.intake.payments;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * One attempt to pay a dossier's fee.
 *
 * @param checkoutUrl where the citizen pays at the platform; null when the platform could not be reached
 * @param transactionId the platform's reference, once paid
 * @param requestedBy who opened it: the citizen online, or the clerk at a desk
 * @param failure why it failed, as the platform or the adapter said
 */
public record Payment(UUID id, UUID dossierId, String dossierCode, long amountVnd, PaymentStatus status, String checkoutUrl, String transactionId,
                      String requestedBy, OffsetDateTime createdAt, OffsetDateTime updatedAt, OffsetDateTime paidAt, String failure) {
}
