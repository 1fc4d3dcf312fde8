package vn.gov.dossier.contracts;

import java.time.OffsetDateTime;
import java.util.UUID;

/** No rule could route the dossier: it waits in the manual-routing queue. Published on {@link Topics#ROUTING}. */
public record RoutingFailed(
        UUID eventId,
        UUID dossierId,
        String dossierCode,
        OffsetDateTime occurredAt,
        String procedureCode,
        String receivingUnitCode,
        String reason) implements DossierEvent {

    public static final String TYPE = "vn.gov.dossier.routing.routing-failed.v1";
}
