package vn.gov.dossier.reporting.rebuild;

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
}
