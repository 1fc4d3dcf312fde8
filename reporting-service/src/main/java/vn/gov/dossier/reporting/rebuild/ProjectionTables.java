package vn.gov.dossier.reporting.rebuild;

import java.time.OffsetDateTime;
import reactor.core.publisher.Mono;
import vn.gov.dossier.reporting.indicators.Facts;

/** The live projection tables and a fresh set to rebuild into. */
public interface ProjectionTables {

    /** Empty tables shaped like the live ones (any left from an interrupted rebuild are dropped first). */
    Mono<Void> createFresh();

    /** The facts in the fresh tables. */
    Facts fresh();

    /** The fresh tables become the live ones, at once for every reader; the old ones are dropped. */
    Mono<Void> swap();

    /** Drops the fresh tables (a rebuild refused). */
    Mono<Void> dropFresh();

    /**
     * What the fresh ({@code fresh}) or the live tables hold: dossiers received before {@code before}, and the counts
     * of every month that ended before {@code closedBefore}.
     */
    Mono<ProjectionSummary> summarize(boolean fresh, OffsetDateTime before, OffsetDateTime closedBefore);

    /** Claims the one rebuild that may run across all instances; false when another holder has it. */
    Mono<Boolean> claim(String holder);

    Mono<Void> release(String holder);
}
