package vn.gov.dossier.intake.homevisits;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A home visit.
 *
 * @param reason ELDERLY, DISABLED, ILL or OTHER
 * @param status REQUESTED, SCHEDULED, FILED or CANCELLED
 * @param assignedTo the officer who will visit (their name, as the scheduling clerk gave it)
 * @param dossierCode the dossier filed on the visit
 */
public record HomeVisit(UUID id, String communeCode, String applicantName, String phone, String street, String reason, String procedureCode,
                        String note, String requestedBy, OffsetDateTime requestedAt, String status, LocalDate scheduledFor, String shift,
                        String assignedTo, String dossierCode) {

    public static final String REQUESTED = "REQUESTED";
    public static final String SCHEDULED = "SCHEDULED";
    public static final String FILED = "FILED";
}
