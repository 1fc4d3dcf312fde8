package vn.gov.dossier.contracts;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A desk (any desk) acted for the citizen on a dossier that is with an authority: brought the requested supplement,
 * asked to withdraw, or handed the result over. Published by intake on {@link Topics#INTAKE}; processing applies it.
 *
 * @param step SUPPLEMENT_PROVIDED, WITHDRAWAL_REQUESTED or RESULT_HANDED_OVER
 * @param unitCode the desk that acted
 */
public record DeskStepTaken(
        UUID eventId,
        UUID dossierId,
        String dossierCode,
        OffsetDateTime occurredAt,
        String step,
        String unitCode,
        String note,
        int documents) implements DossierEvent {

    public static final String TYPE = "vn.gov.dossier.intake.desk-step-taken.v1";

    public static final String SUPPLEMENT_PROVIDED = "SUPPLEMENT_PROVIDED";
    public static final String WITHDRAWAL_REQUESTED = "WITHDRAWAL_REQUESTED";
    public static final String RESULT_HANDED_OVER = "RESULT_HANDED_OVER";
}
