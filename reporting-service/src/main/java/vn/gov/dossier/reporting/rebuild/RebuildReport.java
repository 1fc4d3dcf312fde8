package vn.gov.dossier.reporting.rebuild;

/** What a rebuild did: events read from the log, of them the ones applied again after the swap, and how long it took. */
public record RebuildReport(long events, long caughtUp, long millis) {
}
