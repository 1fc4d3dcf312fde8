package vn.gov.dossier.intake.registration;

import java.time.LocalTime;
import java.util.Optional;
import java.util.Set;

/**
 * What intake needs to know of the catalogue and the map, answered locally (no call to routing on the path that
 * accepts a dossier): the processing time of an offered procedure, whether a commune exists and its province.
 */
public interface ReceivingRules {

    /** Processing time of an offered procedure; empty when the procedure is unknown or not offered. */
    Optional<ProcessingTime> processingTime(String procedureCode);

    /** The daily cut-off of a province's desks (15:00 unless the province set another). */
    LocalTime cutOff(String provinceCode);

    /** The province of a commune; empty when no such commune exists. */
    Optional<String> provinceOf(String communeCode);

    /** The fee of an offered procedure in đồng (0: none); empty when the procedure is unknown or not offered. */
    Optional<Long> fee(String procedureCode);

    /** The procedure's name as the catalogue gives it. */
    Optional<String> procedureName(String procedureCode);

    /** A desk as a citizen reads it, e.g. "Phường Ba Đình, Thành phố Hà Nội". */
    Optional<String> deskName(String communeCode);

    /** What a pre-July-2025 commune became; empty when no such former commune existed. */
    Optional<FormerCommune> formerCommune(String formerCode);

    /** Valid first three digits of a citizen identity number. */
    Set<String> idNumberProvincePrefixes();
}
