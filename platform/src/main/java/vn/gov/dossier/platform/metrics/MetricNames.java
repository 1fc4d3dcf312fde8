package vn.gov.dossier.platform.metrics;

/**
 * Names of the metrics every service shares, so that dashboards and alerts are written once. Micrometer's dotted
 * names become Prometheus names with underscores (e.g. {@code dossier_outbox_backlog}).
 */
public final class MetricNames {

    /** Gauge: outbox rows not yet published. */
    public static final String OUTBOX_BACKLOG = "dossier.outbox.backlog";
    /** Counter: events the relay published, by topic and type. */
    public static final String OUTBOX_PUBLISHED = "dossier.outbox.published";
    /** Counter: failed relay publish attempts (the rows stay and are retried). */
    public static final String OUTBOX_PUBLISH_FAILURES = "dossier.outbox.publish.failures";
    /** Counter: events applied by a consumer, by consumer and type. */
    public static final String EVENTS_APPLIED = "dossier.events.applied";
    /** Counter: redelivered events the inbox recognised and skipped. */
    public static final String INBOX_DUPLICATES = "dossier.inbox.duplicates.skipped";
    /** Counter: events of a type the consumer does not handle (acknowledged, no effect). */
    public static final String EVENTS_IGNORED = "dossier.events.ignored";
    /** Counter: messages that could not be applied and were sent to a dead-letter topic. */
    public static final String DEAD_LETTERS = "dossier.events.dead.letters";
    /** Rows deleted by retention, by table. */
    public static final String RETENTION_DELETED = "dossier.retention.deleted";

    private MetricNames() {
    }
}
