package vn.gov.dossier.contracts;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A desk (or the online portal) received a dossier. Published by intake on {@link Topics#INTAKE}.
 *
 * <p>Version 2 (this record) adds what the authority needs to decide without calling intake: the applicant's full
 * file ({@link ApplicantContact}, whose mobile phone became optional, which is why the version changed), the papers
 * received, and the result's postal address or the home visit's address. A v1 event reads into this record with those
 * null.
 *
 * @param by the clerk who received it (added in v1 as an optional field: null in events written before officers signed in)
 * @param papers the papers received with the dossier (v2; empty or null before)
 * @param resultAddress where to post the result when {@code resultDelivery} is POST (v2)
 * @param visitAddress where the officers filed it, for a HOME_VISIT dossier (v2)
 * @param feeVnd the procedure's fee when it was filed, in đồng (added in v2 as an optional field: null before fees were
 *     recorded; 0 for a procedure without a fee)
 * @param electronicIdentity the applicant signed in with their electronic identity (VNeID) to file or start it (optional:
 *     null in events written before citizens signed in)
 * @param assistedBy who helped the citizen file online, for an assisted filing; null otherwise (optional)
 * @param homeVisitId the home visit it was filed on, for a HOME_VISIT dossier filed from a visit request (optional)
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
        Actor by,
        List<PaperRef> papers,
        PostalAddress resultAddress,
        PostalAddress visitAddress,
        Long feeVnd,
        Boolean electronicIdentity,
        Assistance assistedBy,
        UUID homeVisitId) implements DossierEvent {

    public static final String TYPE = "vn.gov.dossier.intake.dossier-submitted.v2";
    /** Still read: events written before v2 (the same fields, less what v2 added). */
    public static final String TYPE_V1 = "vn.gov.dossier.intake.dossier-submitted.v1";

    public DossierSubmitted {
        papers = papers == null ? List.of() : List.copyOf(papers);
    }

    /** A filing without the fee, identity and assistance facts (as written before they were recorded). */
    public DossierSubmitted(UUID eventId, UUID dossierId, String dossierCode, OffsetDateTime occurredAt, String procedureCode,
                            String receivingUnitCode, String receivingProvinceCode, Channel channel, String residenceUnitCode,
                            String subjectUnitCode, ResultDelivery resultDelivery, OffsetDateTime receivedAt, LocalDate appointmentDate,
                            OffsetDateTime dueAt, ApplicantContact applicant, Actor by, List<PaperRef> papers, PostalAddress resultAddress,
                            PostalAddress visitAddress) {
        this(eventId, dossierId, dossierCode, occurredAt, procedureCode, receivingUnitCode, receivingProvinceCode, channel, residenceUnitCode,
                subjectUnitCode, resultDelivery, receivedAt, appointmentDate, dueAt, applicant, by, papers, resultAddress, visitAddress, null,
                null, null, null);
    }
}
