package vn.gov.dossier.contracts;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A Kafka topic as the system needs it: the rows of {@code k8s/base/kafka/topics.csv}, the one definition that the
 * cluster's topic script and the local stack's embedded broker both create.
 *
 * @param retentionMs how long records are kept; -1 for good
 */
public record TopicDefinition(String name, int partitions, String cleanupPolicy, long retentionMs) {

    /** Where the definition is on the class path (copied there from k8s/base/kafka/ by the build). */
    public static final String RESOURCE = "/kafka/topics.csv";

    /** The topic-level settings to create the topic with. */
    public Map<String, String> configs() {
        return Map.of("cleanup.policy", cleanupPolicy, "retention.ms", Long.toString(retentionMs));
    }

    public static List<TopicDefinition> all() {
        try (InputStream in = TopicDefinition.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("no topic definition " + RESOURCE + " on the class path");
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<TopicDefinition> parse(List<String> lines) {
        List<TopicDefinition> topics = new ArrayList<>();
        for (String line : lines) {
            String row = line.strip();
            if (row.isEmpty() || row.startsWith("#") || row.startsWith("topic,")) {
                continue;
            }
            String[] fields = row.split(",");
            if (fields.length != 4) {
                throw new IllegalStateException("topic definition: expected topic,partitions,cleanup.policy,retention.ms in: " + row);
            }
            topics.add(new TopicDefinition(fields[0], Integer.parseInt(fields[1]), fields[2], Long.parseLong(fields[3])));
        }
        return List.copyOf(topics);
    }
}
