package vn.gov.dossier.reporting.reconciliation;

import java.time.OffsetDateTime;
import java.util.Map;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Where the stuck dossiers are found (the projections). */
public interface StuckDossiers {

    /** Dossiers stuck since before {@code before}, oldest first, at most {@code limit}. */
    Flux<StuckDossier> since(OffsetDateTime before, int limit);

    /** How many are stuck since before {@code before}, by stage (every stage present). */
    Mono<Map<StuckDossier.Stage, Long>> count(OffsetDateTime before);
}
