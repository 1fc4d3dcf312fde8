package vn.gov.dossier.processing.deadline;

import java.time.OffsetDateTime;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The cases the deadline watch looks at. */
public interface Deadlines {

    /**
     * Running, unresolved cases due before {@code dueSoonHorizon} that still need a flag for their current due time:
     * past due and not flagged overdue for it, or not yet past due and not flagged due soon for it. The rows are locked
     * for the calling transaction and skipped by any other instance's run.
     */
    Flux<OpenCase> claimUnflagged(OffsetDateTime now, OffsetDateTime dueSoonHorizon, int limit);

    Mono<Void> markOverdue(OpenCase openCase);

    Mono<Void> markDueSoon(OpenCase openCase);
}
