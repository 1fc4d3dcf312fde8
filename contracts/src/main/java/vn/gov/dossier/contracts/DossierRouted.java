package vn.gov.dossier.contracts;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * Routing found the competent authority. Carries what processing needs to open the case and what reporting needs
 * to count it, so that neither calls back. Published by routing on {@link Topics#ROUTING}.
 *
 * @param rule which competence rule produced the decision, for "why did this go there?"
 * @param by the administrator who routed it by hand; null when the rules did (added in v1 as an optional field)
 */
public record DossierRouted(
        UUID eventId,
        UUID dossierId,
        String dossierCode,
        OffsetDateTime occurredAt,
        String procedureCode,
        String receivingUnitCode,
        String receivingProvinceCode,
        Channel channel,
        OffsetDateTime receivedAt,
        OffsetDateTime dueAt,
        AuthorityRef authority,
        String rule,
        boolean crossBoundary,
        boolean interProvincial,
        Actor by) implements DossierEvent {

    public static final String TYPE = "vn.gov.dossier.routing.dossier-routed.v1";
}
