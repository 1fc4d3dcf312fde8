package vn.gov.dossier.reference;

/**
 * One offered procedure of the catalogue.
 *
 * @param processingDays statutory processing time in working days (0 when the time is in hours)
 * @param processingHours statutory processing time in working hours, or null
 * @param feeVnd the fee in đồng
 * @param source where the competence, time and fee come from, or the assumption made
 */
public record Procedure(String code, String name, Competence competence, int processingDays, Integer processingHours, long feeVnd,
                        String source) {
}
