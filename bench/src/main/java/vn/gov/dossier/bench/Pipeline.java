package vn.gov.dossier.bench;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import vn.gov.dossier.stack.ServiceSpec;

/**
 * Watches the running system from outside: when each dossier's routing decision appears on {@code dossier.routing}
 * (a consumer of its own, reading from the end), when its case appears in processing's queue (polled every 10 ms),
 * and whether anything is still in flight anywhere (consumer lag of every group, outboxes, pending notices,
 * dossiers not yet counted by reporting).
 */
final class Pipeline implements AutoCloseable {

    /** The five services' databases, as the launcher names them. */
    static final List<String> DATABASES = ServiceSpec.ALL.stream().map(ServiceSpec::database).toList();
    private static final String ROUTING_FAILED = "vn.gov.dossier.routing.routing-failed.v1";

    private final StackProcess stack;
    private final Admin admin;
    /** One session per database for the in-flight checks (made by the benchmark's main thread only), opened on first use. */
    private final Map<String, Connection> sessions = new HashMap<>();
    private final Map<String, Long> routedAt = new ConcurrentHashMap<>();
    private final Map<String, Long> queuedAt = new ConcurrentHashMap<>();
    private final Set<String> awaitingQueue = ConcurrentHashMap.newKeySet();
    private final AtomicLong routingFailures = new AtomicLong();
    /** Transactions the benchmark itself ran on the services' databases, to take out of their commit counts. */
    private final AtomicLong ownTransactions = new AtomicLong();
    private final Thread routedWatcher;
    private final Thread queueWatcher;
    private volatile boolean running = true;

    Pipeline(StackProcess stack) {
        this.stack = stack;
        this.admin = Admin.create(Map.of("bootstrap.servers", stack.kafkaBootstrap()));
        this.routedWatcher = new Thread(this::watchRouted, "routed-watcher");
        this.queueWatcher = new Thread(this::watchQueue, "queue-watcher");
        routedWatcher.setDaemon(true);
        queueWatcher.setDaemon(true);
        routedWatcher.start();
        queueWatcher.start();
    }

    private void watchRouted() {
        Properties properties = new Properties();
        properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafkaBootstrap());
        properties.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        properties.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(properties)) {
            List<TopicPartition> partitions = consumer.partitionsFor("dossier.routing", Duration.ofSeconds(30)).stream()
                    .map(info -> new TopicPartition(info.topic(), info.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToEnd(partitions);
            while (running) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(20))) {
                    long now = System.nanoTime();
                    Header type = record.headers().lastHeader("ce_type");
                    if (type != null && ROUTING_FAILED.equals(new String(type.value(), StandardCharsets.UTF_8))) {
                        routingFailures.incrementAndGet();
                    }
                    routedAt.putIfAbsent(record.key(), now);
                }
            }
        }
    }

    private void watchQueue() {
        try (Connection processing = connect("processing");
             PreparedStatement query = processing.prepareStatement("SELECT dossier_id FROM processing_case WHERE dossier_id = ANY(?)")) {
            while (running) {
                if (!awaitingQueue.isEmpty()) {
                    UUID[] ids = awaitingQueue.stream().map(UUID::fromString).toArray(UUID[]::new);
                    query.setArray(1, processing.createArrayOf("uuid", ids));
                    try (ResultSet rows = query.executeQuery()) {
                        long now = System.nanoTime();
                        while (rows.next()) {
                            String id = rows.getString(1);
                            queuedAt.putIfAbsent(id, now);
                            awaitingQueue.remove(id);
                        }
                    }
                    ownTransactions.incrementAndGet();
                }
                Thread.sleep(10);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("watching processing's queue", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** A dossier intake took: from now on its case is looked for in processing's queue. */
    void filed(String dossierId) {
        if (!queuedAt.containsKey(dossierId)) {
            awaitingQueue.add(dossierId);
        }
    }

    Long routedAt(String dossierId) {
        return routedAt.get(dossierId);
    }

    Long queuedAt(String dossierId) {
        return queuedAt.get(dossierId);
    }

    long routingFailures() {
        return routingFailures.get();
    }

    /** What is still in flight: summed over every consumer group, outbox, notice queue and reporting's count. */
    record InFlight(long consumerLag, long outboxRows, long pendingNotices, long notCountedByReporting) {
        boolean none() {
            return consumerLag == 0 && outboxRows == 0 && pendingNotices == 0 && notCountedByReporting <= 0;
        }
    }

    InFlight inFlight(long dossiersFiled) throws Exception {
        long outbox = 0;
        for (String database : DATABASES) {
            outbox += count(database, "SELECT count(*) FROM messaging.outbox");
        }
        long pending = count("notification", "SELECT count(*) FROM delivery WHERE status = 'PENDING'");
        long counted = count("reporting", "SELECT count(*) FROM dossier_fact WHERE received_at IS NOT NULL AND (routed_at IS NOT NULL OR routing_failed_at IS NOT NULL)");
        return new InFlight(consumerLag(), outbox, pending, dossiersFiled - counted);
    }

    private long consumerLag() throws Exception {
        Collection<String> groups = admin.listConsumerGroups().all().get().stream()
                .map(group -> group.groupId()).filter(id -> id.endsWith("-service")).collect(Collectors.toList());
        long lag = 0;
        for (String group : groups) {
            Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get();
            Map<TopicPartition, OffsetSpec> latest = committed.keySet().stream().collect(Collectors.toMap(p -> p, p -> OffsetSpec.latest()));
            Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> ends = admin.listOffsets(latest).all().get();
            for (Map.Entry<TopicPartition, OffsetAndMetadata> entry : committed.entrySet()) {
                if (entry.getValue() != null) {
                    lag += Math.max(0, ends.get(entry.getKey()).offset() - entry.getValue().offset());
                }
            }
        }
        return lag;
    }

    /** Committed transactions of the five services' databases, less the benchmark's own. */
    long serviceCommits() throws SQLException {
        // A new session: PostgreSQL keeps a session's view of the statistics until its transaction ends.
        try (Connection connection = connect("postgres");
             PreparedStatement query = connection.prepareStatement("SELECT sum(xact_commit) FROM pg_stat_database WHERE datname = ANY(?)")) {
            query.setArray(1, connection.createArrayOf("text", DATABASES.toArray()));
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getLong(1) - ownTransactions.get();
            }
        }
    }

    private long count(String database, String sql) throws SQLException {
        try (PreparedStatement query = session(database).prepareStatement(sql);
             ResultSet rows = query.executeQuery()) {
            rows.next();
            ownTransactions.incrementAndGet();
            return rows.getLong(1);
        }
    }

    private Connection session(String database) throws SQLException {
        Connection session = sessions.get(database);
        if (session == null) {
            session = connect(database);
            sessions.put(database, session);
        }
        return session;
    }

    private Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(stack.jdbcUrl(database), "postgres", "postgres");
    }

    @Override
    public void close() {
        running = false;
        try {
            routedWatcher.join(2000);
            queueWatcher.join(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        admin.close();
        for (Connection session : sessions.values()) {
            try {
                session.close();
            } catch (SQLException e) {
                // the stack is stopping with it
            }
        }
    }
}
