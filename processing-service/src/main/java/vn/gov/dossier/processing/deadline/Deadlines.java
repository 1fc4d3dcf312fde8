package vn.gov.dossier.processing.deadline;

import java.time.OffsetDateTime;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The cases to watch. */
public interface Deadlines {

    /**
     * Running, unresolved cases due before {@code horizon} whose flags are not yet raised for their current due time,
     * locked for this transaction and skipped by any other instance's run.
     */
    Flux<OpenCase> claimUnflagged(OffsetDateTime horizon, int limit);

    Mono<Void> markOverdue(OpenCase openCase);

    Mono<Void> markDueSoon(OpenCase openCase);
}
