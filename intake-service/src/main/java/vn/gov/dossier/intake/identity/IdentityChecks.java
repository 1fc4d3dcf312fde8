package vn.gov.dossier.intake.identity;

import java.time.OffsetDateTime;
import java.util.UUID;
import reactor.core.publisher.Mono;

/**
 * The identity checks intake keeps (one per dossier, requested with the dossier itself); while one is PENDING, its
 * tries and last error are its outbound work item's.
 */
public interface IdentityChecks {

    Mono<Void> checked(UUID dossierId, PopulationRegistry.Verdict verdict, int attempts, OffsetDateTime at);

    Mono<IdentityCheck> ofDossier(String code);
}
