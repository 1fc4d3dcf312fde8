package vn.gov.dossier.intake.registration;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import vn.gov.dossier.calendar.Appointment;
import vn.gov.dossier.contracts.Actor;
import vn.gov.dossier.contracts.ApplicantContact;
import vn.gov.dossier.contracts.Channel;
import vn.gov.dossier.contracts.DossierStatus;
import vn.gov.dossier.contracts.DossierSubmitted;
import vn.gov.dossier.contracts.ResultDelivery;
import vn.gov.dossier.platform.application.Officer;
import vn.gov.dossier.platform.application.Role;

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
        String receivedBy) {

    public record Received(Dossier dossier, DossierSubmitted event) {
    }

    /** @param clerk who received it, at the desk the request names */
    public static Received receive(NewDossier request, String code, String receivingProvinceCode, OffsetDateTime receivedAt,
                                   Appointment appointment, String lookupSecret, Officer clerk) {
        Dossier dossier = new Dossier(UUID.randomUUID(), code, request.procedureCode(), request.receivingUnitCode(), receivingProvinceCode,
                Channel.valueOf(request.channel()), request.applicant(), request.subjectUnitCode(),
                ResultDelivery.valueOf(request.resultDelivery()), request.documents(), DossierStatus.RECEIVED, receivedAt,
                appointment.appointmentDate(), appointment.dueAt(), lookupSecret, clerk.name());
        DossierSubmitted event = new DossierSubmitted(UUID.randomUUID(), dossier.id(), code, receivedAt, dossier.procedureCode(),
                dossier.receivingUnitCode(), receivingProvinceCode, dossier.channel(), request.applicant().residenceUnitCode(),
                dossier.subjectUnitCode(), dossier.resultDelivery(), receivedAt, dossier.appointmentDate(), dossier.dueAt(),
                new ApplicantContact(request.applicant().fullName(), request.applicant().phone(), request.applicant().email()),
                new Actor(clerk.name(), clerk.unit(), Role.CLERK.name()));
        return new Received(dossier, event);
    }
}
