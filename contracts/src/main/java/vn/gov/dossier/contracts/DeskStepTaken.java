package vn.gov.dossier.contracts;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A desk (any desk) acted for the citizen on a dossier that is with an authority: brought the requested supplement,
 * asked to withdraw, or handed the result over. Published by intake on {@link Topics#INTAKE}; processing applies it.
 *
 * @param step what the desk did; null when this consumer does not know the step (written by a newer producer)
 * @param unitCode the desk that acted
 * @param by the clerk who took the step (added in v1, optional: null in events written before the officers signed in)
 */
public record DeskStepTaken(
        UUID eventId,
        UUID dossierId,
        String dossierCode,
        OffsetDateTime occurredAt,
        DeskStep step,
        String unitCode,
        String note,
        int documents,
        Actor by) implements DossierEvent {

    public static final String TYPE = "vn.gov.dossier.intake.desk-step-taken.v1";
}
