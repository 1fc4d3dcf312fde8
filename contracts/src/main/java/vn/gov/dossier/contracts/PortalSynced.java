package vn.gov.dossier.contracts;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * The national public service portal took a dossier's state. Published by exchange-service on {@link Topics#EXCHANGE}
 * for each version the portal took; versions only grow per dossier.
 *
 * @param version the version of the dossier's state the portal now holds
 * @param status the status that version shows
 */
public record PortalSynced(
        UUID eventId,
        UUID dossierId,
        String dossierCode,
        OffsetDateTime occurredAt,
        long version,
        DossierStatus status) implements DossierEvent {

    public static final String TYPE = "vn.gov.dossier.exchange.portal-synced.v1";
}
