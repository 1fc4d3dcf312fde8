package vn.gov.dossier.intake.identity;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * One dossier's identity check.
 *
 * @param status PENDING, MATCHED, MISMATCHED, NOT_FOUND, or ELECTRONIC_IDENTITY (the citizen signed in with VNeID)
 * @param askedBy whose filing asked for it
 */
public record IdentityCheck(UUID dossierId, String dossierCode, String status, String askedBy, String askedUnit, OffsetDateTime askedAt,
                            int attempts, OffsetDateTime checkedAt, String detail, String idNumber, String fullName, LocalDate birthDate) {

    public static final String PENDING = "PENDING";
}
