package vn.gov.dossier.contracts;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * Processing refused a desk's step: the case had moved on between the desk's look and the step's arrival (a withdrawal
 * after the decision, a handover before the result). Intake shows it in the dossier's history, so that the desk and the
 * citizen are not told something happened that did not. Published on {@link Topics#PROCESSING}.
 *
 * @param deskEventId the {@link DeskStepTaken} refused
 * @param status the case's status that refused it
 * @param reason why, in words
 */
public record DeskStepRefused(
        UUID eventId,
        UUID dossierId,
        String dossierCode,
        OffsetDateTime occurredAt,
        UUID deskEventId,
        DeskStep step,
        String unitCode,
        DossierStatus status,
        String reason) implements DossierEvent {

    public static final String TYPE = "vn.gov.dossier.processing.desk-step-refused.v1";
}
