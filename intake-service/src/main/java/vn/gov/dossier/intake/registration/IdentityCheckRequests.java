package vn.gov.dossier.intake.registration;

import reactor.core.publisher.Mono;

/** Where a filing asks for its applicant's identity to be checked (kept by the identity-check feature). */
public interface IdentityCheckRequests {

    /** Queues the check of a dossier just filed, in the filing's transaction (nothing for a VNeID filing: checked already). */
    Mono<Void> requested(Dossier dossier);
}
