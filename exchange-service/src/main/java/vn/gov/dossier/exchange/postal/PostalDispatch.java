package vn.gov.dossier.exchange.postal;

import java.time.OffsetDateTime;
import java.util.UUID;
import vn.gov.dossier.contracts.PostalAddress;

/**
 * One result sent by post.
 *
 * @param reference the shipment's reference, the postal service's idempotency key (one shipment per reference)
 * @param attempts tries to hand it to the postal service so far
 * @param lastError why the last try failed; null when it did not
 */
public record PostalDispatch(long id, UUID dossierId, String dossierCode, String reference, String receivingUnitCode, String receivingProvinceCode,
                             String recipient, PostalAddress address, DispatchStatus status, String trackingNumber, int attempts,
                             String lastError, OffsetDateTime createdAt, OffsetDateTime dispatchedAt, OffsetDateTime deliveredAt) {
}
