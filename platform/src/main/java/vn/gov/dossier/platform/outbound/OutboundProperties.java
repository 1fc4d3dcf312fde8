package vn.gov.dossier.platform.outbound;

import java.time.Duration;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code dossier.outbound.*}: each kind's policy and how long finished work is kept.
 *
 * @param kinds per kind, the fields of its {@link WorkPolicy} that differ from the handler's own
 * @param doneRetention how long DONE items are kept (the record of what was sent, and its key against a repeat)
 * @param metricsInterval how often the queue's gauges are read
 */
@ConfigurationProperties("dossier.outbound")
public record OutboundProperties(Map<String, WorkPolicy> kinds, Duration doneRetention, Duration metricsInterval) {

    public OutboundProperties {
        kinds = kinds == null ? Map.of() : Map.copyOf(kinds);
        doneRetention = doneRetention == null ? Duration.ofDays(30) : doneRetention;
        metricsInterval = metricsInterval == null ? Duration.ofSeconds(15) : metricsInterval;
    }

    /** The kind's policy: configuration over the handler's own over the defaults. */
    public WorkPolicy policyOf(WorkHandler handler) {
        return policyOf(handler.kind().name(), handler.kind().policy());
    }

    /** A kind's policy: configuration over {@code own} over the defaults. */
    public WorkPolicy policyOf(String kind, WorkPolicy own) {
        WorkPolicy configured = kinds.get(kind);
        WorkPolicy resolved = own.over(WorkPolicy.DEFAULTS);
        return configured == null ? resolved : configured.over(resolved);
    }
}
