package vn.gov.dossier.platform.outbound;

import java.util.function.Function;
import reactor.core.publisher.Mono;

/**
 * Does one kind of outbound work: calls the outside system through its adapter (behind its circuit breaker) and says
 * what came of it. Declare one as a bean per kind; the platform's workers claim, retry and count its items.
 */
public interface WorkHandler {

    /** The kind this handler does: its name, its own policy and its outside system's circuit breaker. */
    WorkKind kind();

    /** Handles one item: an outcome, or an error for a failed attempt. */
    Mono<Outcome> handle(WorkItem item);

    /** A handler of {@code kind} that hands each item to {@code handle} (for a class that does more than one kind). */
    static WorkHandler of(WorkKind kind, Function<WorkItem, Mono<Outcome>> handle) {
        return new WorkHandler() {
            @Override
            public WorkKind kind() {
                return kind;
            }

            @Override
            public Mono<Outcome> handle(WorkItem item) {
                return handle.apply(item);
            }
        };
    }
}
