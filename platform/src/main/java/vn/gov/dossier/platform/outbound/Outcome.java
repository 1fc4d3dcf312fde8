package vn.gov.dossier.platform.outbound;

import java.time.Duration;
import reactor.core.publisher.Mono;

/**
 * What a handler made of an item. A failure is not an outcome but an error: the item is tried again after the kind's
 * backoff, or FAILED once its attempts are spent ({@link Refused}: at once); {@link Unavailable} or an open circuit
 * postpones it without spending an attempt.
 */
public sealed interface Outcome {

    /** What the service records of the answer; committed in one transaction with the item's own update. */
    Mono<Void> effects();

    /** The outside system took it: the item is DONE. */
    static Outcome done(Mono<Void> effects) {
        return new Done(effects);
    }

    static Outcome done() {
        return new Done(Mono.empty());
    }

    /** Not finished, nothing failed (a shipment not delivered yet): asked again after {@code after}, no attempt spent. */
    static Outcome again(Duration after, Mono<Void> effects) {
        return new Again(after, effects);
    }

    record Done(Mono<Void> effects) implements Outcome {
    }

    record Again(Duration after, Mono<Void> effects) implements Outcome {
    }
}
