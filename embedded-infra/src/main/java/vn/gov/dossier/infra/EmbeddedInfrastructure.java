package vn.gov.dossier.infra;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

/**
 * Kafka's own KRaft broker (the Kafka jars from Maven Central, run in this JVM) and a real PostgreSQL server
 * (zonky's embedded binaries, run as a child process). 
 */
public final class EmbeddedInfrastructure implements Infrastructure {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedInfrastructure.class);
    private static final String USER = "postgres";
    private static final String PASSWORD = "postgres";

    private final EmbeddedPostgres postgres;
    private final EmbeddedKafkaKraftBroker kafka;

    private EmbeddedInfrastructure(EmbeddedPostgres postgres, EmbeddedKafkaKraftBroker kafka) {
        this.postgres = postgres;
        this.kafka = kafka;
    }

    /**
     * The broker always listens on a free port chosen at start (spring-kafka-test's KRaft broker ignores requested
     * ports); {@link #kafkaBootstrapServers()} tells which.
     *
     * @param postgresPort 0 for any free port
     * @param postgresDataDirectory null for a throw-away data directory; otherwise one that survives a restart
     */
    public static EmbeddedInfrastructure start(int postgresPort, Path postgresDataDirectory) {
        EmbeddedPostgres postgres = startPostgres(postgresPort, postgresDataDirectory);
        try {
            EmbeddedKafkaKraftBroker kafka = new EmbeddedKafkaKraftBroker(1, 3);
            Map<String, String> brokerProperties = new HashMap<>();
            brokerProperties.put("auto.create.topics.enable", "false");
            brokerProperties.put("group.initial.rebalance.delay.ms", "0");
            brokerProperties.put("offsets.topic.num.partitions", "5");
            kafka.brokerProperties(brokerProperties);
            kafka.afterPropertiesSet();
            log.info("Kafka (KRaft) listening on {}; PostgreSQL on port {}", kafka.getBrokersAsString(), postgres.getPort());
            return new EmbeddedInfrastructure(postgres, kafka);
        } catch (RuntimeException e) {
            closeQuietly(postgres);
            throw e;
        }
    }

    private static EmbeddedPostgres startPostgres(int port, Path dataDirectory) {
        try {
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setPort(port)
                    .setServerConfig("max_connections", "300")
                    .setServerConfig("timezone", "UTC")
                    .setPGStartupWait(java.time.Duration.ofSeconds(60));
            if (dataDirectory != null) {
                Files.createDirectories(dataDirectory);
                builder.setDataDirectory(dataDirectory).setCleanDataDirectory(false);
            }
            return builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("could not start the embedded PostgreSQL", e);
        }
    }

    @Override
    public String kafkaBootstrapServers() {
        return kafka.getBrokersAsString();
    }

    @Override
    public DatabaseEndpoint database(String name) {
        PostgresDatabases.createIfMissing(postgres.getJdbcUrl(USER, "postgres"), USER, PASSWORD, name);
        return new DatabaseEndpoint("localhost", postgres.getPort(), name, USER, PASSWORD);
    }

    @Override
    public String describe() {
        return "Kafka (KRaft, embedded) " + kafkaBootstrapServers() + ", PostgreSQL (embedded) localhost:" + postgres.getPort();
    }

    @Override
    public void close() {
        try {
            kafka.destroy();
        } finally {
            closeQuietly(postgres);
        }
    }

    private static void closeQuietly(EmbeddedPostgres postgres) {
        try {
            postgres.close();
        } catch (IOException e) {
            log.warn("PostgreSQL did not stop cleanly", e);
        }
    }
}
