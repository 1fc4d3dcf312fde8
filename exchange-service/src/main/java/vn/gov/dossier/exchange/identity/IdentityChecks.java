package vn.gov.dossier.exchange.identity;

import java.time.OffsetDateTime;
import java.util.UUID;
import reactor.core.publisher.Mono;

/** The identity checks exchange-service keeps (one per dossier). */
public interface IdentityChecks {

    /**
     * Records that a dossier's applicant is to be checked (or was, by VNeID).
     *
     * @return true when it was recorded now; false when the dossier has one already (a repeated event, or one handed over)
     */
    Mono<Boolean> requested(UUID dossierId, boolean electronicIdentity, String askedBy, String askedUnit, OffsetDateTime at);

    Mono<Void> checked(UUID dossierId, PopulationRegistry.Verdict verdict, int attempts, OffsetDateTime at);

    Mono<IdentityCheck> ofDossier(String code);
}
