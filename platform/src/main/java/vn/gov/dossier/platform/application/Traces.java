package vn.gov.dossier.platform.application;

import java.util.Map;
import java.util.Optional;
import reactor.core.publisher.Mono;

/**
 * The trace a piece of work belongs to, for work that is stored and picked up later (an outbox row, a queued notice):
 * the trace context is written beside the work and continued when the work is done, so that one dossier's path from
 * the desk's POST to its last notice reads as one trace.
 */
public interface Traces {

    /**
     * The W3C {@code traceparent} of the work in progress, to store beside it; an empty optional outside any trace
     * (the work is stored all the same).
     */
    Mono<Optional<String>> current();

    /**
     * Runs {@code work} as a span named {@code name}, tagged with {@code tags} (few distinct values each: they also tag
     * the span's timer), in the trace {@code traceParent} names (a child of the span that stored it); runs it as it is
     * when there is no stored context.
     */
    <T> Mono<T> continued(String traceParent, String name, Map<String, String> tags, Mono<T> work);

    /** No tracing: nothing is captured and work runs as it is. */
    Traces NONE = new Traces() {
        @Override
        public Mono<Optional<String>> current() {
            return Mono.just(Optional.empty());
        }

        @Override
        public <T> Mono<T> continued(String traceParent, String name, Map<String, String> tags, Mono<T> work) {
            return work;
        }
    };
}
