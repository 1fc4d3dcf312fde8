package vn.gov.dossier.intake.identity;

import java.time.OffsetDateTime;
import java.util.UUID;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The identity checks intake keeps (one per dossier, requested with the dossier itself). */
public interface IdentityChecks {

    /** Claims due PENDING checks until {@code leaseUntil}, so that no other instance asks the same at once. */
    Flux<IdentityCheck> claimDue(OffsetDateTime now, OffsetDateTime leaseUntil, int limit);

    Mono<Void> checked(UUID dossierId, PopulationRegistry.Verdict verdict, OffsetDateTime at);

    Mono<Void> failed(UUID dossierId, String error, OffsetDateTime nextAttemptAt);

    Mono<IdentityCheck> ofDossier(String code);

    Mono<Long> pending();
}
