package vn.gov.dossier.contracts;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * The postal service delivered a dossier's result to the applicant: the result is handed over. Published by
 * exchange-service on {@link Topics#EXCHANGE}, once per dossier; intake records the handover.
 *
 * @param trackingNumber the postal service's tracking number
 * @param receivingUnitCode the desk that received the dossier
 * @param deliveredAt when the postal service says it was delivered
 */
public record ResultDelivered(
        UUID eventId,
        UUID dossierId,
        String dossierCode,
        OffsetDateTime occurredAt,
        String trackingNumber,
        String receivingUnitCode,
        OffsetDateTime deliveredAt) implements DossierEvent {

    public static final String TYPE = "vn.gov.dossier.exchange.result-delivered.v1";
}
