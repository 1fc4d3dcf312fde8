package vn.gov.dossier.processing.casework;

import java.util.UUID;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Where cases and their history are kept. */
public interface CaseFiles {

    Mono<Case> byCode(String dossierCode);

    Mono<Case> byDossierId(UUID dossierId);

    /**
     * Stores the case after a step, if nobody changed it since it was read (optimistic concurrency), and its history
     * entry. False when someone else's step came first.
     */
    Mono<Boolean> save(Case.Change change);

    Flux<HistoryEntry> history(String dossierCode);

    /** Keeps a desk's withdrawal that came before the case (the first one counts; a second changes nothing). */
    Mono<Void> holdWithdrawal(HeldWithdrawal withdrawal);

    /** The withdrawal held for that dossier, taken out of the hold; empty when none waits. */
    Mono<HeldWithdrawal> releaseWithdrawal(UUID dossierId);
}
