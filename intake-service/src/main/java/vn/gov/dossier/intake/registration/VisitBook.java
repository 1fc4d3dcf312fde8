package vn.gov.dossier.intake.registration;

import java.util.UUID;
import reactor.core.publisher.Mono;

/** The home visits a dossier may be filed on (kept by the home-visit feature). */
public interface VisitBook {

    /**
     * @param status REQUESTED, SCHEDULED, FILED or CANCELLED
     * @param dossierCode the dossier filed on it, once FILED
     */
    record Visit(UUID id, String communeCode, String street, String applicantName, String status, String dossierCode) {

        public boolean filed() {
            return dossierCode != null;
        }
    }

    Mono<Visit> visit(UUID id);

    /** Records the dossier filed on the visit, in the filing's transaction; false when another filing recorded one first. */
    Mono<Boolean> recordFiling(UUID id, String dossierCode);
}
