package vn.gov.dossier.intake.registration;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import vn.gov.dossier.calendar.Appointment;
import vn.gov.dossier.contracts.Assistance;
import vn.gov.dossier.contracts.ApplicantContact;
import vn.gov.dossier.contracts.Channel;
import vn.gov.dossier.contracts.DossierStatus;
import vn.gov.dossier.contracts.DossierSubmitted;
import vn.gov.dossier.contracts.PaperRef;
import vn.gov.dossier.contracts.PostalAddress;
import vn.gov.dossier.contracts.ResultDelivery;

/** A dossier as the desk received it. Receiving one returns the event to publish; it publishes nothing itself. */
public record Dossier(
        UUID id,
        String code,
        String procedureCode,
        String receivingUnitCode,
        String receivingProvinceCode,
        Channel channel,
        NewDossier.Applicant applicant,
        String subjectUnitCode,
        ResultDelivery resultDelivery,
        List<NewDossier.Document> documents,
        DossierStatus status,
        OffsetDateTime receivedAt,
        LocalDate appointmentDate,
        OffsetDateTime dueAt,
        String lookupSecret,
        String receivedBy,
        PostalAddress postalAddress,
        PostalAddress visitAddress,
        Long feeVnd,
        boolean electronicIdentity,
        Assistance assistedBy) {

    public record Received(Dossier dossier, DossierSubmitted event) {
    }

    /**
     * @param filing who received it (at the desk the request names) or filed it online, and how
     * @param feeVnd the procedure's fee in force, in đồng
     * @param papers the scans uploaded with it, already in the paper store
     */
    public static Received receive(NewDossier request, String code, String receivingProvinceCode, OffsetDateTime receivedAt,
                                   Appointment appointment, String lookupSecret, Filing filing, long feeVnd, List<PaperRef> papers) {
        NewDossier.Applicant applicant = request.applicant();
        Dossier dossier = new Dossier(UUID.randomUUID(), code, request.procedureCode(), request.receivingUnitCode(), receivingProvinceCode,
                Channel.valueOf(request.channel()), applicant, request.subjectUnitCode(),
                ResultDelivery.valueOf(request.resultDelivery()), request.documents(), DossierStatus.RECEIVED, receivedAt,
                appointment.appointmentDate(), appointment.dueAt(), lookupSecret, filing.by().name(), address(request.postalAddress()),
                address(request.visitAddress()), feeVnd, filing.electronicIdentity(), filing.assistance());
        DossierSubmitted event = new DossierSubmitted(UUID.randomUUID(), dossier.id(), code, receivedAt, dossier.procedureCode(),
                dossier.receivingUnitCode(), receivingProvinceCode, dossier.channel(), applicant.residenceUnitCode(),
                dossier.subjectUnitCode(), dossier.resultDelivery(), receivedAt, dossier.appointmentDate(), dossier.dueAt(),
                contact(applicant), filing.actor(), papers, dossier.postalAddress(), dossier.visitAddress(), feeVnd,
                filing.electronicIdentity(), filing.assistance(), filing.homeVisitId());
        return new Received(dossier, event);
    }

    /** The applicant as the authority and notification need them. */
    public static ApplicantContact contact(NewDossier.Applicant applicant) {
        return new ApplicantContact(applicant.fullName(), applicant.phone(), applicant.email(), applicant.idNumber(), applicant.birthDate(),
                applicant.residenceUnitCode(), applicant.residenceStreet(), applicant.landline(),
                applicant.helper() == null ? null : applicant.helper().name(), applicant.helper() == null ? null : applicant.helper().phone(),
                applicant.paperNoticesOnly());
    }

    private static PostalAddress address(NewDossier.Address address) {
        return address == null ? null : new PostalAddress(address.unitCode(), address.street(), address.recipient());
    }
}
