package vn.gov.dossier.reporting.rebuild.kafka;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import vn.gov.dossier.contracts.Event;
import vn.gov.dossier.contracts.EventTypes;
import vn.gov.dossier.platform.events.CloudEventHeaders;
import vn.gov.dossier.platform.events.EventCodec;
import vn.gov.dossier.reporting.rebuild.EventLog;

/**
 * The topics read with a plain consumer that joins no group (partitions assigned by hand, nothing committed), so a
 * rebuild never disturbs the live consumers' offsets. Records that are not CloudEvents of a known type are skipped, as
 * the live consumers skip them.
 */
public class KafkaEventLog implements EventLog {

    private static final Logger log = LoggerFactory.getLogger(KafkaEventLog.class);

    private final String bootstrapServers;
    private final EventCodec codec;

    public KafkaEventLog(String bootstrapServers, EventCodec codec) {
        this.bootstrapServers = bootstrapServers;
        this.codec = codec;
    }

    @Override
    public Mono<Map<String, Long>> ends(List<String> topics) {
        return Mono.fromCallable(() -> {
            try (KafkaConsumer<byte[], byte[]> consumer = consumer()) {
                Map<String, Long> ends = new HashMap<>();
                consumer.endOffsets(partitions(consumer, topics)).forEach((partition, offset) -> ends.put(key(partition), offset));
                return ends;
            }
        }).subscribeOn(Schedulers.boundedElastic());
    }

    /** Reads as fast as the projections take the events (one poll per request): the log is never held in memory. */
    @Override
    public Flux<Event> read(List<String> topics, Map<String, Long> from, Map<String, Long> to) {
        return Flux.using(() -> new Reader(topics, from, to),
                        reader -> Flux.<List<Event>>generate(sink -> {
                            if (reader.done()) {
                                sink.complete();
                            } else {
                                sink.next(reader.poll());
                            }
                        }),
                        Reader::close)
                .subscribeOn(Schedulers.boundedElastic())
                .concatMapIterable(batch -> batch, 1);
    }

    /** One consumer positioned at {@code from}, reading up to {@code to}. */
    private final class Reader implements AutoCloseable {

        private final KafkaConsumer<byte[], byte[]> consumer = consumer();
        private final List<TopicPartition> partitions = new ArrayList<>();
        private final Map<String, Long> to;

        Reader(List<String> topics, Map<String, Long> from, Map<String, Long> to) {
            this.to = to;
            for (TopicPartition partition : partitions(consumer, topics)) {
                if (to.getOrDefault(key(partition), 0L) > from.getOrDefault(key(partition), 0L)) {
                    partitions.add(partition);
                }
            }
            consumer.assign(partitions);
            Map<TopicPartition, Long> beginnings = consumer.beginningOffsets(partitions);
            for (TopicPartition partition : partitions) {
                consumer.seek(partition, Math.max(from.getOrDefault(key(partition), 0L), beginnings.get(partition)));
            }
        }

        boolean done() {
            return partitions.stream().noneMatch(partition -> consumer.position(partition) < to.get(key(partition)));
        }

        List<Event> poll() {
            List<Event> batch = new ArrayList<>();
            for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                if (record.offset() < to.getOrDefault(record.topic() + "/" + record.partition(), 0L)) {
                    decode(record).ifPresent(batch::add);
                }
            }
            return batch;
        }

        @Override
        public void close() {
            consumer.close();
        }
    }

    private Optional<Event> decode(ConsumerRecord<byte[], byte[]> record) {
        Header type = record.headers().lastHeader(CloudEventHeaders.TYPE);
        if (type == null || record.value() == null) {
            return Optional.empty();
        }
        Optional<Class<? extends Event>> body = EventTypes.bodyOf(new String(type.value(), StandardCharsets.UTF_8));
        try {
            return body.map(bodyType -> codec.decode(record.value(), bodyType));
        } catch (RuntimeException unreadable) {
            log.warn("rebuild skips unreadable record {}/{}@{}: {}", record.topic(), record.partition(), record.offset(), unreadable.toString());
            return Optional.empty();
        }
    }

    private static List<TopicPartition> partitions(KafkaConsumer<byte[], byte[]> consumer, List<String> topics) {
        List<TopicPartition> partitions = new ArrayList<>();
        for (String topic : topics) {
            consumer.partitionsFor(topic, Duration.ofSeconds(10)).forEach(info -> partitions.add(new TopicPartition(topic, info.partition())));
        }
        return partitions;
    }

    private static String key(TopicPartition partition) {
        return partition.topic() + "/" + partition.partition();
    }

    private KafkaConsumer<byte[], byte[]> consumer() {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        config.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "2000");
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        return new KafkaConsumer<>(config, new ByteArrayDeserializer(), new ByteArrayDeserializer());
    }
}
