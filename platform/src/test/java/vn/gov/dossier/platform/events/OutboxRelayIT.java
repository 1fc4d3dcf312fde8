package vn.gov.dossier.platform.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.r2dbc.spi.ConnectionFactory;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.r2dbc.core.DatabaseClient;
import vn.gov.dossier.infra.Infrastructure;
import vn.gov.dossier.platform.testing.MessagingDatabases;
import vn.gov.dossier.infra.KafkaProbe;
import vn.gov.dossier.infra.SharedInfrastructure;

/**
 * The relay on a real PostgreSQL and a real broker, without Spring: order and trace context on the wire, one leader
 * per database with a hand-over when it goes, and a crash between the broker's acknowledgement and the archive
 * answered by the same events again (same ids), never by a lost one.
 */
class OutboxRelayIT {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final Duration POLL = Duration.ofMillis(200);
    private static final String TRACE_PARENT = "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01";

    private final Infrastructure infrastructure = SharedInfrastructure.get();
    private final KafkaProbe kafka = new KafkaProbe(infrastructure.kafkaBootstrapServers());
    private final List<OutboxRelay> relays = new ArrayList<>();

    @AfterEach
    void stopRelays() {
        relays.forEach(OutboxRelay::stop);
    }

    @Test
    void should_publish_in_order_with_the_trace_context_and_archive_what_the_broker_acknowledged() {
        Database database = database("relay_order");
        String topic = topic();
        UUID first = database.append(topic, "dossier-1", TRACE_PARENT);
        UUID second = database.append(topic, "dossier-1", null);
        UUID third = database.append(topic, "dossier-1", null);

        relay(database).start();

        List<ConsumerRecord<String, byte[]>> records = kafka.readUntil(topic, read -> read.size() >= 3, PATIENCE);
        assertThat(records).extracting(record -> KafkaProbe.header(record, CloudEventHeaders.ID))
                .containsExactly(first.toString(), second.toString(), third.toString());
        assertThat(KafkaProbe.header(records.get(0), CloudEventHeaders.W3C_TRACE_PARENT)).isEqualTo(TRACE_PARENT);
        assertThat(KafkaProbe.header(records.get(0), "ce_" + CloudEventHeaders.TRACE_PARENT_EXTENSION)).isEqualTo(TRACE_PARENT);
        assertThat(KafkaProbe.header(records.get(1), CloudEventHeaders.W3C_TRACE_PARENT)).isNull();
        await().atMost(PATIENCE).untilAsserted(() -> {
            assertThat(database.count("messaging.outbox")).isZero();
            assertThat(database.count("messaging.published")).isEqualTo(3);
        });
        assertThat(database.traceParentPublished(first)).isEqualTo(TRACE_PARENT);
    }

    @Test
    void should_let_one_instance_publish_and_another_take_over_when_it_goes() {
        Database database = database("relay_failover");
        String topic = topic();
        OutboxRelay leader = relay(database);
        leader.start();
        await().atMost(PATIENCE).until(leader::isLeader);
        OutboxRelay standby = relay(database);
        standby.start();

        UUID before = database.append(topic, "dossier-2", null);
        kafka.readUntil(topic, read -> read.size() >= 1, PATIENCE);
        assertThat(standby.isLeader()).as("the lock has one holder per database").isFalse();

        leader.stop();
        UUID after = database.append(topic, "dossier-2", null);

        await().atMost(PATIENCE).until(standby::isLeader);
        List<ConsumerRecord<String, byte[]>> records = kafka.readUntil(topic, read -> read.size() >= 2, PATIENCE);
        assertThat(records).extracting(record -> KafkaProbe.header(record, CloudEventHeaders.ID))
                .containsExactly(before.toString(), after.toString());
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(database.count("messaging.outbox")).isZero());
    }

    @Test
    void should_publish_again_with_the_same_ids_after_a_crash_between_acknowledgement_and_archive() {
        Database database = database("relay_crash");
        String topic = topic();
        UUID first = database.append(topic, "dossier-3", null);
        UUID second = database.append(topic, "dossier-3", null);
        OutboxPublishing crashing = new OutboxPublishing(database.client(), producer(), new SimpleMeterRegistry(),
                URI.create("urn:dossier:test"), 10, PATIENCE);
        crashing.send(crashing.nextBatch());
        crashing.close();
        // The process dies here: the broker holds both events, the outbox still holds both rows.
        assertThat(database.count("messaging.outbox")).isEqualTo(2);

        relay(database).start();

        List<ConsumerRecord<String, byte[]>> records = kafka.readUntil(topic, read -> read.size() >= 4, PATIENCE);
        assertThat(records).extracting(record -> KafkaProbe.header(record, CloudEventHeaders.ID))
                .containsExactly(first.toString(), second.toString(), first.toString(), second.toString());
        await().atMost(PATIENCE).untilAsserted(() -> {
            assertThat(database.count("messaging.outbox")).isZero();
            assertThat(database.count("messaging.published")).isEqualTo(2);
        });
    }

    private OutboxRelay relay(Database database) {
        OutboxRelay relay = new OutboxRelay(database.connections(), database.client(), producer(), new SimpleMeterRegistry(),
                URI.create("urn:dossier:test"), 10, POLL, Duration.ofSeconds(10));
        relays.add(relay);
        return relay;
    }

    private KafkaProducer<String, byte[]> producer() {
        Properties config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, infrastructure.kafkaBootstrapServers());
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        return new KafkaProducer<>(config, new StringSerializer(), new ByteArraySerializer());
    }

    /** A topic of one partition, so that the order read is the order sent. */
    private String topic() {
        String topic = "relay-it-" + UUID.randomUUID();
        Properties config = new Properties();
        config.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, infrastructure.kafkaBootstrapServers());
        try (Admin admin = Admin.create(config)) {
            admin.createTopics(List.of(new NewTopic(topic, 1, (short) 1))).all().get();
        } catch (Exception e) {
            throw new IllegalStateException("could not create " + topic, e);
        }
        return topic;
    }

    /** A database of its own per test: the leader's advisory lock is per database. */
    private Database database(String name) {
        ConnectionFactory connections = MessagingDatabases.create(infrastructure, name);
        return new Database(connections, DatabaseClient.create(connections));
    }

    /** One test's database, with the platform's messaging schema. */
    private record Database(ConnectionFactory connections, DatabaseClient client) {

        UUID append(String topic, String key, String traceParent) {
            UUID eventId = UUID.randomUUID();
            DatabaseClient.GenericExecuteSpec insert = client.sql("""
                            INSERT INTO messaging.outbox (event_id, topic, message_key, event_type, subject, occurred_at, payload, trace_parent)
                            VALUES (:id, :topic, :key, 'vn.gov.dossier.test.v1', :key, now(), CAST(:payload AS JSONB), :traceParent)""")
                    .bind("id", eventId)
                    .bind("topic", topic)
                    .bind("key", key)
                    .bind("payload", "{\"eventId\":\"" + eventId + "\"}");
            insert = traceParent == null ? insert.bindNull("traceParent", String.class) : insert.bind("traceParent", traceParent);
            insert.then().block(PATIENCE);
            return eventId;
        }

        long count(String table) {
            return client.sql("SELECT count(*) AS n FROM " + table).map((row, meta) -> row.get("n", Long.class)).one().block(PATIENCE);
        }

        String traceParentPublished(UUID eventId) {
            return client.sql("SELECT trace_parent FROM messaging.published WHERE event_id = :id").bind("id", eventId)
                    .map((row, meta) -> row.get("trace_parent", String.class)).one().block(PATIENCE);
        }
    }
}
