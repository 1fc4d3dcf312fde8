package vn.gov.dossier.reporting.indicators;

import java.time.LocalDate;
import java.util.Map;

/**
 * The indicators of DOMAIN.md for one scope and period (API.md shape; rates are fractions, null when undefined).
 * Received, cross-boundary and inter-provincial count dossiers received in the period; resolved (split by timeliness)
 * and rejected count decisions in the period; in progress and overdue are as at the end of the period (or now, if
 * sooner); withdrawn and supplement requests count what happened in the period; {@code returnedByDelivery} counts the
 * results handed over in the period by how they reached the citizen (AT_DESK, POST, ONLINE);
 * {@code averageWorkingDaysToResolve} averages, over the decisions in the period, the working time (office hours on
 * working days, 8 hours a day) from receipt to decision, in days with two decimals; null when none was decided.
 */
public record Indicators(String scope, LocalDate from, LocalDate to, long received, Map<String, Long> receivedByChannel,
                         long crossBoundary, long interProvincial, long routed, long resolved, long early, long onTime, long late,
                         long rejected, Double onTimeRate, Double onlineRate, long inProgress, long overdue, long withdrawn,
                         long supplementRequests, Map<String, Long> returnedByDelivery, Double averageWorkingDaysToResolve,
                         OnlineService onlineService) {

    /**
     * The online-service indicators the provinces are judged on, of the dossiers received in the period (rates are
     * fractions, null when the denominator is 0).
     *
     * @param electronicIdentityRate filed or started with electronic identity, of all received
     * @param onlinePaymentRate paid online, of those with a fee
     * @param fullyOnline filed online, paid online where there is a fee, and the result returned electronically
     * @param fullyOnlineRate of all received
     * @param assisted online filings someone helped with (counted as online, never as desk filings)
     * @param homeVisits filed on a home visit
     */
    public record OnlineService(long electronicIdentity, Double electronicIdentityRate, long withFee, long paidOnline, Double onlinePaymentRate,
                                long fullyOnline, Double fullyOnlineRate, long assisted, Map<String, Long> assistedByHelper, long homeVisits) {
    }

    /** The rates a target or a ranking may name. */
    public static final java.util.List<String> RATES = java.util.List.of("onlineRate", "onTimeRate", "fullyOnlineRate", "electronicIdentityRate",
            "onlinePaymentRate");

    /** One of {@link #RATES}; null when its denominator is 0. */
    public Double rate(String name) {
        return switch (name) {
            case "onlineRate" -> onlineRate;
            case "onTimeRate" -> onTimeRate;
            case "fullyOnlineRate" -> onlineService.fullyOnlineRate();
            case "electronicIdentityRate" -> onlineService.electronicIdentityRate();
            case "onlinePaymentRate" -> onlineService.onlinePaymentRate();
            default -> throw new IllegalArgumentException("not a rate: " + name);
        };
    }

    public static Double rate(long numerator, long denominator) {
        return denominator == 0 ? null : (double) numerator / denominator;
    }
}
