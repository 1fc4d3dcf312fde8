package vn.gov.dossier.intake.registration;

import java.time.OffsetDateTime;

/**
 * A dossier a citizen started online, signed in with their electronic identity, for a desk or a support team to finish
 * with them: the citizen shows its code (or its QR code) at any desk.
 *
 * @param code eight characters, easy to read aloud (no 0/O, 1/I/L)
 * @param citizenId the citizen's personal identification number, from their token
 * @param citizenName their name, from their token
 * @param request what they typed, as typed (checked when the dossier is filed)
 * @param dossierCode the dossier it became; null while not filed
 */
public record Draft(String code, String citizenId, String citizenName, NewDossier request, OffsetDateTime createdAt, OffsetDateTime expiresAt,
                    String dossierCode) {

    public boolean expired(OffsetDateTime now) {
        return dossierCode == null && now.isAfter(expiresAt);
    }
}
