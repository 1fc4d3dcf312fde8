package vn.gov.dossier.contracts;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A dossier's fee was paid through the payment platform, as its signed callback confirmed. Published by intake on
 * {@link Topics#INTAKE}, once per payment however often the platform calls back.
 *
 * @param amountVnd what was paid, in đồng
 * @param paymentId intake's id of the payment
 * @param transactionId the platform's reference for the transaction
 * @param paidAt when the platform says it was paid
 */
public record FeePaid(
        UUID eventId,
        UUID dossierId,
        String dossierCode,
        OffsetDateTime occurredAt,
        long amountVnd,
        UUID paymentId,
        String transactionId,
        OffsetDateTime paidAt) implements DossierEvent {

    public static final String TYPE = "vn.gov.dossier.intake.fee-paid.v1";
}
