package vn.gov.dossier.intake.registration;

import java.time.LocalDate;
import reactor.core.publisher.Mono;

/**
 * Issues dossier codes {@code <receiving commune>-<yyMMdd>-<sequence>}, e.g. {@code 00004-261123-00017}: the 17th
 * dossier received by the desk of Phường Ba Đình on 23 Nov 2026. Unique under concurrency (one counter row per desk
 * and day, incremented atomically).
 */
public interface DossierCodes {

    Mono<String> next(String receivingUnitCode, LocalDate day);
}
