package vn.gov.dossier.reporting.indicators;

import java.time.LocalDate;
import java.util.Map;

/** What was counted for one unit over a period; {@link #indicators} turns it into DOMAIN.md's indicators. */
public record Counts(String unit, Map<String, Long> receivedByChannel, long crossBoundary, long interProvincial, long routed, long resolved,
                     long early, long onTime, long late, long rejected, long inProgress, long overdue, long withdrawn, long supplementRequests,
                     Map<String, Long> returnedByDelivery) {

    public long received() {
        return receivedByChannel.values().stream().mapToLong(Long::longValue).sum();
    }

    public Indicators indicators(String scope, LocalDate from, LocalDate to) {
        long received = received();
        return new Indicators(scope, from, to, received, receivedByChannel, crossBoundary, interProvincial, routed, resolved, early, onTime,
                late, rejected, Indicators.rate(early + onTime, resolved), Indicators.rate(receivedByChannel.getOrDefault("ONLINE", 0L), received),
                inProgress, overdue, withdrawn, supplementRequests, returnedByDelivery);
    }
}
