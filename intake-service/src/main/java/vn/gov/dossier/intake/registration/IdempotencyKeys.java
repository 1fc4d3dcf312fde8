package vn.gov.dossier.intake.registration;

import java.util.UUID;
import reactor.core.publisher.Mono;

/**
 * Remembers which dossier an Idempotency-Key created. Must run inside the registering transaction: a concurrent
 * repeat waits on the key until the first commits, then finds its dossier.
 */
public interface IdempotencyKeys {

    /**
     * Claims the key for this request. Empty when the key is new (go on and create); the earlier dossier's id when the
     * same request was made before; an {@link IdempotencyConflict} when the key came with a different request.
     */
    Mono<UUID> claim(String key, String requestFingerprint);

    Mono<Void> attach(String key, UUID dossierId);
}
