package vn.gov.dossier.reporting.indicators;

import java.time.LocalDate;
import java.util.Map;

/** What was counted for one unit over a period; {@link #indicators} turns it into DOMAIN.md's indicators. */
public record Counts(String unit, Map<String, Long> receivedByChannel, long crossBoundary, long interProvincial, long routed, long resolved,
                     long early, long onTime, long late, long rejected, long inProgress, long overdue, long withdrawn, long supplementRequests,
                     Map<String, Long> returnedByDelivery, Online online, long decidedWorkingMinutes, long decidedMeasured) {

    /** Office hours in a working day (7:30–11:30 and 13:00–17:00). */
    static final double WORKING_MINUTES_A_DAY = 8 * 60;

    /**
     * What online service counts, of the dossiers received in the period.
     *
     * @param electronicIdentity filed (or started) by an applicant signed in with their electronic identity
     * @param withFee filed for a procedure with a fee
     * @param paidOnline of those, paid through the payment platform
     * @param fullyOnline filed online, paid online where there is a fee, and the result returned electronically
     * @param assistedByHelper online filings helped, by what the helper was doing
     */
    public record Online(long electronicIdentity, long withFee, long paidOnline, long fullyOnline, Map<String, Long> assistedByHelper) {

        public long assisted() {
            return assistedByHelper.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    public long received() {
        return receivedByChannel.values().stream().mapToLong(Long::longValue).sum();
    }

    public Indicators indicators(String scope, LocalDate from, LocalDate to) {
        long received = received();
        return new Indicators(scope, from, to, received, receivedByChannel, crossBoundary, interProvincial, routed, resolved, early, onTime,
                late, rejected, Indicators.rate(early + onTime, resolved), Indicators.rate(receivedByChannel.getOrDefault("ONLINE", 0L), received),
                inProgress, overdue, withdrawn, supplementRequests, returnedByDelivery,
                decidedMeasured == 0 ? null : Math.round(decidedWorkingMinutes / WORKING_MINUTES_A_DAY / decidedMeasured * 100) / 100.0,
                new Indicators.OnlineService(online.electronicIdentity(),
                        Indicators.rate(online.electronicIdentity(), received), online.withFee(), online.paidOnline(),
                        Indicators.rate(online.paidOnline(), online.withFee()), online.fullyOnline(), Indicators.rate(online.fullyOnline(), received),
                        online.assisted(), online.assistedByHelper(), receivedByChannel.getOrDefault("HOME_VISIT", 0L)));
    }
}
