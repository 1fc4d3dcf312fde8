package vn.gov.dossier.contracts;

/**
 * Where the post goes (a result by post) or where officers go (a home visit): a current commune and the street line.
 * Personal data: never logged.
 *
 * @param unitCode the current commune (a former one given at the desk is resolved before this is written)
 * @param street house number, street, hamlet or village
 * @param recipient who receives it when not the applicant; null for the applicant
 */
public record PostalAddress(String unitCode, String street, String recipient) {
}
