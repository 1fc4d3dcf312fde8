package vn.gov.dossier.intake.portal;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * What the national portal holds of a dossier: its state, not its applicant's file.
 *
 * @param version increases with every change; the portal keeps the highest it was sent
 * @param resultAvailable a signed result can be downloaded
 * @param paymentStatus the latest payment's status (PAID once paid), null when none was opened
 */
public record PortalRecord(String dossierCode, long version, String procedureCode, String receivingUnitCode, String channel, String status,
                           OffsetDateTime receivedAt, LocalDate appointmentDate, OffsetDateTime dueAt, String authorityId, String authorityName,
                           boolean resultAvailable, Long feeVnd, String paymentStatus, OffsetDateTime paidAt, boolean electronicIdentity) {
}
