package vn.gov.dossier.exchange.postal;

/** Where a result by post stands. */
public enum DispatchStatus {
    /** Recorded; the dispatcher has not handed it to the postal service yet (or is retrying). */
    PENDING,
    /** Taken by the postal service, with a tracking number. */
    DISPATCHED,
    /** The postal service delivered it: the result is handed over. */
    DELIVERED,
    /** The postal service refused it or could not be reached after every try; a person retries it. */
    FAILED
}
