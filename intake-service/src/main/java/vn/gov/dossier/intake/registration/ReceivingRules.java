package vn.gov.dossier.intake.registration;

import java.util.Optional;
import java.util.Set;

/**
 * What intake needs to know of the catalogue and the map, answered locally (no call to routing on the path that
 * accepts a dossier): the processing time of an offered procedure, whether a commune exists and its province.
 */
public interface ReceivingRules {

    /** Working days of an offered procedure; empty when the procedure is unknown or not offered. */
    Optional<Integer> processingDays(String procedureCode);

    /** The province of a commune; empty when no such commune exists. */
    Optional<String> provinceOf(String communeCode);

    /** Valid first three digits of a citizen identity number. */
    Set<String> idNumberProvincePrefixes();
}
