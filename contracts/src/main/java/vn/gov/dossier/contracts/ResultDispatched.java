package vn.gov.dossier.contracts;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * The postal service took a dossier's result to carry it to the applicant. Published by exchange-service on
 * {@link Topics#EXCHANGE}, once per dossier.
 *
 * @param reference the shipment's reference (the idempotency key the postal service was sent)
 * @param trackingNumber the postal service's tracking number
 * @param receivingUnitCode the desk that received the dossier (it hands the result over)
 */
public record ResultDispatched(
        UUID eventId,
        UUID dossierId,
        String dossierCode,
        OffsetDateTime occurredAt,
        String reference,
        String trackingNumber,
        String receivingUnitCode) implements DossierEvent {

    public static final String TYPE = "vn.gov.dossier.exchange.result-dispatched.v1";
}
