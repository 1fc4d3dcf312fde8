package vn.gov.dossier.platform.boot;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code dossier.platform.*}: what a service publishes and how the relay and consumers behave.
 *
 * @param publishes the topics this service's outbox publishes to (created at start-up if missing)
 * @param compacted those of them that keep only the latest record per key (e.g. the catalogue)
 * @param partitions partitions of a created topic
 * @param replicationFactor replication of a created topic
 * @param relayBatchSize outbox rows published per round trip
 * @param relayPollInterval how often the relay looks without being notified (a safety net, not the trigger)
 * @param relaySendTimeout how long the relay waits for the broker or the database before retrying
 * @param consumerTimeout how long a consumer waits for its transaction to commit before the binder retries
 * @param inboxRetention how long an applied event's id is kept to recognise a redelivery (90 days: far longer than
 *     any redelivery, which comes within the consumer's commit interval or an operator's replay of recent days)
 * @param publishedRetention how long a published event is kept for a re-drive (30 days)
 * @param retentionInterval how often retention runs
 */
@ConfigurationProperties("dossier.platform")
public record PlatformProperties(
        List<String> publishes,
        List<String> compacted,
        Integer partitions,
        Short replicationFactor,
        Integer relayBatchSize,
        Duration relayPollInterval,
        Duration relaySendTimeout,
        Duration consumerTimeout,
        Duration inboxRetention,
        Duration publishedRetention,
        Duration retentionInterval) {

    public PlatformProperties {
        publishes = publishes == null ? List.of() : List.copyOf(publishes);
        compacted = compacted == null ? List.of() : List.copyOf(compacted);
        partitions = partitions == null ? 3 : partitions;
        replicationFactor = replicationFactor == null ? 1 : replicationFactor;
        relayBatchSize = relayBatchSize == null ? 500 : relayBatchSize;
        relayPollInterval = relayPollInterval == null ? Duration.ofSeconds(2) : relayPollInterval;
        relaySendTimeout = relaySendTimeout == null ? Duration.ofSeconds(15) : relaySendTimeout;
        consumerTimeout = consumerTimeout == null ? Duration.ofSeconds(30) : consumerTimeout;
        inboxRetention = inboxRetention == null ? Duration.ofDays(90) : inboxRetention;
        publishedRetention = publishedRetention == null ? Duration.ofDays(30) : publishedRetention;
        retentionInterval = retentionInterval == null ? Duration.ofHours(1) : retentionInterval;
    }
}
