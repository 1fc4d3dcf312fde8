package vn.gov.dossier.contracts;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A desk (or the online portal) received a dossier. Published by intake on {@link Topics#INTAKE}.
 *
 * @param by the clerk who received it (added in v1 as an optional field: null in events written before officers signed in)
 */
public record DossierSubmitted(
        UUID eventId,
        UUID dossierId,
        String dossierCode,
        OffsetDateTime occurredAt,
        String procedureCode,
        String receivingUnitCode,
        String receivingProvinceCode,
        Channel channel,
        String residenceUnitCode,
        String subjectUnitCode,
        ResultDelivery resultDelivery,
        OffsetDateTime receivedAt,
        LocalDate appointmentDate,
        OffsetDateTime dueAt,
        ApplicantContact applicant,
        Actor by) implements DossierEvent {

    public static final String TYPE = "vn.gov.dossier.intake.dossier-submitted.v1";
}
