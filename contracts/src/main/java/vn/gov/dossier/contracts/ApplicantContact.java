package vn.gov.dossier.contracts;

import java.time.LocalDate;

/**
 * The applicant as the authority needs to know them and as notification needs to reach them, carried so that neither
 * calls intake back. Personal data: never logged in clear. Fields after {@code email} were added in
 * dossier-submitted v2; a v1 event has them null.
 *
 * @param phone a mobile number for SMS; null for an applicant without one (v2)
 * @param idNumber the 12-digit personal identification number
 * @param birthDate null where not given
 * @param residenceUnitCode the current commune of residence
 * @param residenceStreet house number and street of the residence; null where not given
 * @param landline a fixed line to call (no SMS); null where none
 * @param helperName a relative or helper who receives notices for the applicant; null where none
 * @param helperPhone the helper's mobile number, used for SMS when the applicant has none
 * @param paperNoticesOnly the applicant asked for notices on paper only (at the desk, by post): no SMS, no e-mail
 */
public record ApplicantContact(String fullName, String phone, String email, String idNumber, LocalDate birthDate, String residenceUnitCode,
                               String residenceStreet, String landline, String helperName, String helperPhone, Boolean paperNoticesOnly) {

    public ApplicantContact {
        paperNoticesOnly = Boolean.TRUE.equals(paperNoticesOnly);
    }

    /** What a v1 event held. */
    public ApplicantContact(String fullName, String phone, String email) {
        this(fullName, phone, email, null, null, null, null, null, null, null, false);
    }

    /** The mobile number to text, the applicant's own or else their helper's; null when there is neither or notices are on paper. */
    public String smsNumber() {
        if (paperNoticesOnly) {
            return null;
        }
        return phone != null ? phone : helperPhone;
    }

    /** The address to e-mail, unless notices are on paper only. */
    public String emailAddress() {
        return paperNoticesOnly ? null : email;
    }
}
