package vn.gov.dossier.reporting.rebuild;

import java.util.List;

/**
 * What a rebuild did: events read from the log, of them the ones applied again after the swap, how long it took, whether
 * the rebuilt projections replaced the live ones, and what they changed (or would have changed) against the live ones.
 */
public record RebuildReport(long events, long caughtUp, long millis, boolean swapped, List<String> differences) {

    public RebuildReport {
        differences = List.copyOf(differences);
    }
}
