package vn.gov.dossier.contracts;

/**
 * How to reach the applicant, carried so that notification can act without calling intake back. Personal data:
 * never logged in clear.
 */
public record ApplicantContact(String fullName, String phone, String email) {
}
