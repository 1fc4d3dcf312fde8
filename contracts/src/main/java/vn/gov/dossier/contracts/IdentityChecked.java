package vn.gov.dossier.contracts;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * The national population database answered about a dossier's applicant. Published by exchange-service on
 * {@link Topics#EXCHANGE}, once per dossier.
 *
 * @param verdict MATCHED, MISMATCHED or NOT_FOUND
 * @param askedBy the officer (or citizen) whose filing asked for the check
 * @param askedUnit their unit
 */
public record IdentityChecked(
        UUID eventId,
        UUID dossierId,
        String dossierCode,
        OffsetDateTime occurredAt,
        String verdict,
        String askedBy,
        String askedUnit) implements DossierEvent {

    public static final String TYPE = "vn.gov.dossier.exchange.identity-checked.v1";
}
