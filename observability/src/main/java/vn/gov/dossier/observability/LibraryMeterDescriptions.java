package vn.gov.dossier.observability;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.config.MeterFilter;
import java.util.Map;

/**
 * Help text for the meters registered without one, so that every series an operator sees in Prometheus says what it
 * counts: the libraries' (Spring's observations, the Kafka client) and the timers our own observations make (an
 * observation has no description to give its timer). The meters we register ourselves carry their description where
 * they are registered. {@code ops/check} runs {@code promtool check metrics} on every service's scrape and fails on a meter with
 * no help text: a library upgrade that adds one is described here.
 */
public final class LibraryMeterDescriptions implements MeterFilter {

    private static final Map<String, String> DESCRIPTIONS = Map.ofEntries(
            Map.entry("http.server.requests", "HTTP requests answered, by method, URI, status and outcome"),
            Map.entry("http.server.requests.active", "HTTP requests being answered now, by method and URI"),
            Map.entry("http.client.requests", "HTTP requests this application made, by method, URI, status and outcome"),
            Map.entry("dossier.outbound.attempt", "Attempts at outbound work (a notice, a refund, an identity check, a result by post), by kind"),
            Map.entry("dossier.outbound.attempt.active", "Outbound work being handed to its outside system now, by kind"),
            Map.entry("http.client.requests.active", "HTTP requests this service is making now, by method and URI"),
            Map.entry("spring.cloud.function", "Events a Spring Cloud Stream function handled, by function and outcome"),
            Map.entry("spring.cloud.function.active", "Events a Spring Cloud Stream function is handling now"),
            Map.entry("spring.kafka.listener", "Records a Kafka listener handled, by listener and outcome"),
            Map.entry("spring.kafka.listener.active", "Records a Kafka listener is handling now"),
            Map.entry("spring.kafka.template", "Records sent through a Kafka template, by outcome"),
            Map.entry("spring.kafka.template.active", "Records being sent through a Kafka template now"),
            Map.entry("kafka.consumer.node.request.latency.avg", "Kafka client: average request latency to a broker node, in milliseconds"),
            Map.entry("kafka.consumer.node.request.latency.max", "Kafka client: maximum request latency to a broker node, in milliseconds"),
            Map.entry("kafka.producer.node.request.latency.avg", "Kafka client: average request latency to a broker node, in milliseconds"),
            Map.entry("kafka.producer.node.request.latency.max", "Kafka client: maximum request latency to a broker node, in milliseconds"),
            Map.entry("kafka.admin.client.node.request.latency.avg", "Kafka admin client: average request latency to a broker node, in milliseconds"),
            Map.entry("kafka.admin.client.node.request.latency.max", "Kafka admin client: maximum request latency to a broker node, in milliseconds"));

    @Override
    public Meter.Id map(Meter.Id id) {
        if (id.getDescription() != null && !id.getDescription().isBlank()) {
            return id;
        }
        String description = DESCRIPTIONS.get(id.getName());
        return description == null ? id : new Meter.Id(id.getName(), Tags.of(id.getTagsAsIterable()), id.getBaseUnit(), description, id.getType());
    }
}
