package vn.gov.dossier.platform.outbound;

/**
 * The outside system was not even tried (its circuit breaker is open, a bulkhead is full): the item waits the kind's
 * {@code whenUnavailable} without spending an attempt, so an outage ends in work resumed, not in FAILED items.
 * Resilience4j's {@code CallNotPermittedException} counts as this too.
 */
public class Unavailable extends RuntimeException {

    public Unavailable(String message) {
        super(message);
    }
}
