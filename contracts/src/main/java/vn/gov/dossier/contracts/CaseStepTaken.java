package vn.gov.dossier.contracts;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A step was taken on a case at its authority: accepted, supplement requested or received, decided, result ready,
 * extended, withdrawn, handed over. Carries the case's state after the step, so that intake's status view,
 * notification and reporting act without calling processing. Published on {@link Topics#PROCESSING}.
 *
 * @param step the step; null when this consumer does not know it (written by a newer producer)
 * @param status the case's status after the step (the dossier's status, as API.md names them)
 * @param note why, in words: the supplement asked for, the rejection's reason, the apology
 * @param timeliness EARLY, ON_TIME or LATE once decided; null before
 * @param reason the processor's own words for a supplement request, a decision, an extension or a withdrawal (what
 *     the citizen is told); null for other steps. Added in v1 as an optional field.
 * @param by the processor who took the step, or the clerk whose desk step it applies; null for a step the system took;
 *     {@code actor} and {@code unitCode} are kept for v1 readers. Added in v1 as an optional field.
 * @param result the signed result document, by reference, on the decision that issued it and on every later step; null
 *     when the authority issued none electronically. Added in v1 as an optional field.
 */
public record CaseStepTaken(
        UUID eventId,
        UUID dossierId,
        String dossierCode,
        OffsetDateTime occurredAt,
        CaseStep step,
        DossierStatus status,
        String actor,
        String unitCode,
        String note,
        OffsetDateTime dueAt,
        OffsetDateTime originalDueAt,
        Timeliness timeliness,
        String authorityId,
        String receivingUnitCode,
        String reason,
        Actor by,
        PaperRef result) implements DossierEvent {

    public static final String TYPE = "vn.gov.dossier.processing.case-step-taken.v1";
}
