package vn.gov.dossier.contracts;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A desk (any desk) acted for the citizen on a dossier that is with an authority: brought the requested supplement,
 * asked to withdraw, or handed the result over. Published by intake on {@link Topics#INTAKE}; processing applies it.
 *
 * @param step what the desk did; null when this consumer does not know the step (written by a newer producer)
 * @param unitCode the desk that acted
 * @param by the clerk who took the step (added in v1, optional: null in events written before the officers signed in)
 * @param papers the papers a supplement brought (added in v1 as an optional field: empty before papers were stored)
 * @param delivery for a handover, how the result reached the citizen: AT_DESK, POST (delivered by the postal service) or
 *     ONLINE (downloaded); null for other steps and in events written before (added in v1 as an optional field)
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
        Actor by,
        List<PaperRef> papers,
        ResultDelivery delivery) implements DossierEvent {

    public static final String TYPE = "vn.gov.dossier.intake.desk-step-taken.v1";

    public DeskStepTaken {
        papers = papers == null ? List.of() : List.copyOf(papers);
    }
}
