package vn.gov.dossier.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.LongAdder;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/** What the machine itself can do, measured on the stack's own PostgreSQL server and Kafka broker. */
final class Baselines {

    private Baselines() {
    }

    /**
     * Single-row INSERTs, each its own transaction (autocommit), from several clients at once, into a table of a
     * database of its own on the same server, with the same server configuration the services run on.
     */
    static double postgresCommitsPerSecond(StackProcess stack, int clients, Duration duration) throws Exception {
        try (Connection admin = DriverManager.getConnection(stack.jdbcUrl("postgres"), "postgres", "postgres");
             Statement statement = admin.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS bench");
            statement.execute("CREATE DATABASE bench");
        }
        try (Connection setup = DriverManager.getConnection(stack.jdbcUrl("bench"), "postgres", "postgres");
             Statement statement = setup.createStatement()) {
            statement.execute("CREATE TABLE commit_probe (id BIGSERIAL PRIMARY KEY, client INT NOT NULL, at TIMESTAMPTZ NOT NULL DEFAULT now(), payload TEXT NOT NULL)");
        }
        LongAdder commits = new LongAdder();
        AtomicBoolean measuring = new AtomicBoolean(false);
        AtomicBoolean stop = new AtomicBoolean(false);
        CountDownLatch done = new CountDownLatch(clients);
        List<Thread> threads = new ArrayList<>();
        String payload = "x".repeat(600);
        for (int i = 0; i < clients; i++) {
            int client = i;
            Thread thread = new Thread(() -> {
                try (Connection connection = DriverManager.getConnection(stack.jdbcUrl("bench"), "postgres", "postgres");
                     PreparedStatement insert = connection.prepareStatement("INSERT INTO commit_probe (client, payload) VALUES (?, ?)")) {
                    connection.setAutoCommit(true);
                    while (!stop.get()) {
                        insert.setInt(1, client);
                        insert.setString(2, payload);
                        insert.executeUpdate();
                        if (measuring.get()) {
                            commits.increment();
                        }
                    }
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                } finally {
                    done.countDown();
                }
            }, "pg-baseline-" + i);
            threads.add(thread);
            thread.start();
        }
        Thread.sleep(Math.min(2000, duration.toMillis() / 4));
        measuring.set(true);
        long start = System.nanoTime();
        Thread.sleep(duration.toMillis());
        measuring.set(false);
        double seconds = (System.nanoTime() - start) / 1e9;
        stop.set(true);
        done.await();
        return commits.sum() / seconds;
    }

    /**
     * Kafka's produce-to-consume figures for records the size of a dossier event: the rate with the producer flat out,
     * and the latency at a steady {@code latencyRate} (flat out, latency only measures the queue in front of the broker).
     */
    record KafkaFigures(double recordsPerSecond, double p50Millis, double p99Millis, double latencyRate) {
    }

    static KafkaFigures kafka(StackProcess stack, int records, double latencyRate, Duration latencyRun) throws Exception {
        Flow flatOut = kafkaFlow(stack, records, Double.POSITIVE_INFINITY);
        Flow steady = kafkaFlow(stack, (int) (latencyRate * latencyRun.toSeconds()), latencyRate);
        return new KafkaFigures(flatOut.recordsPerSecond(), Percentiles.of(steady.latencies(), 0.50) / 1e6,
                Percentiles.of(steady.latencies(), 0.99) / 1e6, latencyRate);
    }

    private record Flow(double recordsPerSecond, long[] latencies) {
    }

    /**
     * Records of about an event's size produced as fast as the producer takes them, with the services' producer
     * settings (acks=all, idempotent), to a topic with the services' partition count, while a consumer reads them.
     * The rate is records over the time from the first send to the last record consumed.
     */
    private static Flow kafkaFlow(StackProcess stack, int records, double rate) throws Exception {
        String topic = "bench.baseline." + System.nanoTime();
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", stack.kafkaBootstrap()))) {
            admin.createTopics(List.of(new NewTopic(topic, 3, (short) 1))).all().get();
        }
        Properties consumerProperties = new Properties();
        consumerProperties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafkaBootstrap());
        consumerProperties.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        consumerProperties.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        Properties producerProperties = new Properties();
        producerProperties.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafkaBootstrap());
        producerProperties.put(ProducerConfig.ACKS_CONFIG, "all");
        producerProperties.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        producerProperties.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        producerProperties.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        long[] latencies = new long[records];
        byte[] value = new byte[900];
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(consumerProperties);
             KafkaProducer<String, byte[]> producer = new KafkaProducer<>(producerProperties)) {
            List<TopicPartition> partitions = List.of(new TopicPartition(topic, 0), new TopicPartition(topic, 1), new TopicPartition(topic, 2));
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            consumer.poll(Duration.ofMillis(100));
            long start = System.nanoTime();
            Thread sender = new Thread(() -> {
                for (int i = 0; i < records; i++) {
                    if (rate != Double.POSITIVE_INFINITY) {
                        long due = start + (long) (i / rate * 1e9);
                        while (System.nanoTime() < due) {
                            java.util.concurrent.locks.LockSupport.parkNanos(200_000);
                        }
                    }
                    byte[] record = value.clone();
                    java.nio.ByteBuffer.wrap(record).putLong(System.nanoTime());
                    producer.send(new ProducerRecord<>(topic, "dossier-" + (i % 10_000), record));
                }
                producer.flush();
            }, "kafka-baseline-producer");
            sender.start();
            int received = 0;
            long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
            while (received < records && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(50))) {
                    // The value's first eight bytes carry the send time (same JVM, same clock).
                    latencies[received++] = System.nanoTime() - java.nio.ByteBuffer.wrap(record.value()).getLong();
                }
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            sender.join();
            return new Flow(received / seconds, java.util.Arrays.copyOf(latencies, received));
        }
    }
}
