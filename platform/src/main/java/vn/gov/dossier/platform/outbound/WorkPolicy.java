package vn.gov.dossier.platform.outbound;

import java.time.Duration;

/**
 * How one kind of outbound work is done, from {@code dossier.outbound.kinds.<kind>.*} over the handler's own defaults.
 *
 * @param batchSize items claimed per round
 * @param lease how long a claimed item is hidden from other workers; a worker that dies holding it loses it then
 * @param backoffBase the wait after the first failed attempt, doubling with each further one
 * @param backoffCap the longest wait between attempts
 * @param maxAttempts failed attempts after which the item is FAILED for an operator to re-drive; 0 never gives up
 * @param concurrency items of one round handled at the same time
 * @param whenUnavailable the wait when the outside system is not even tried (its circuit is open): no attempt counts
 * @param pollInterval how often a worker looks without being woken (the safety net for a missed notification)
 */
public record WorkPolicy(Integer batchSize, Duration lease, Duration backoffBase, Duration backoffCap, Integer maxAttempts,
                         Integer concurrency, Duration whenUnavailable, Duration pollInterval) {

    /** What a kind gets for whatever neither its handler nor the configuration says. */
    public static final WorkPolicy DEFAULTS = new WorkPolicy(20, Duration.ofMinutes(2), Duration.ofSeconds(30), Duration.ofHours(1), 0, 1,
            Duration.ofMinutes(1), Duration.ofSeconds(30));

    /** A policy that keeps the defaults except for the backoff and the give-up. */
    public static WorkPolicy retrying(Duration backoffBase, Duration backoffCap, int maxAttempts) {
        return new WorkPolicy(null, null, backoffBase, backoffCap, maxAttempts, null, null, null);
    }

    /** This policy with each field it leaves out taken from {@code under}. */
    public WorkPolicy over(WorkPolicy under) {
        return new WorkPolicy(batchSize != null ? batchSize : under.batchSize, lease != null ? lease : under.lease,
                backoffBase != null ? backoffBase : under.backoffBase, backoffCap != null ? backoffCap : under.backoffCap,
                maxAttempts != null ? maxAttempts : under.maxAttempts, concurrency != null ? concurrency : under.concurrency,
                whenUnavailable != null ? whenUnavailable : under.whenUnavailable, pollInterval != null ? pollInterval : under.pollInterval);
    }

    /** The one backoff rule: the base doubled for each failed attempt after the first, never above the cap. */
    public Duration backoff(int failedAttempts) {
        int doublings = Math.max(0, Math.min(failedAttempts - 1, 30));
        Duration wait = backoffBase.multipliedBy(1L << doublings);
        return wait.compareTo(backoffCap) > 0 || wait.isNegative() ? backoffCap : wait;
    }

    /** True when {@code failedAttempts} have spent the item's attempts. */
    public boolean spent(int failedAttempts) {
        return maxAttempts > 0 && failedAttempts >= maxAttempts;
    }
}
