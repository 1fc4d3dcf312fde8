package vn.gov.dossier.contracts;

/**
 * A competent authority as events carry it.
 *
 * @param unitCode the commune code (5 digits) for a commune authority, the province code (2 digits) for a provincial
 *     one, null for a national agency
 * @param provinceCode the province the authority belongs to, null for a national agency
 * @param agency short code of the agency, e.g. UBND (People's Committee), CA (police), STP (justice department)
 */
public record AuthorityRef(String id, String name, AuthorityLevel level, String unitCode, String provinceCode, String agency) {
}
