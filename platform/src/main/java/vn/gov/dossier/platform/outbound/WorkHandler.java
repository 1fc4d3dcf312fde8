package vn.gov.dossier.platform.outbound;

import reactor.core.publisher.Mono;

/**
 * Does one kind of outbound work: calls the outside system through its adapter (behind its circuit breaker) and says
 * what came of it. Declare one as a bean per kind; the platform's workers claim, retry and count its items.
 */
public interface WorkHandler {

    /** The kind's name, as queued and configured ({@code dossier.outbound.kinds.<kind>}), e.g. {@code refund}. */
    String kind();

    /** The kind's own policy; configuration overrides it field by field, {@link WorkPolicy#DEFAULTS} fills the rest. */
    default WorkPolicy policy() {
        return WorkPolicy.DEFAULTS;
    }

    /** Handles one item: an outcome, or an error for a failed attempt. */
    Mono<Outcome> handle(WorkItem item);

    /** True while the outside system's circuit is open (shown as a gauge beside the kind's backlog). */
    default boolean breakerOpen() {
        return false;
    }
}
