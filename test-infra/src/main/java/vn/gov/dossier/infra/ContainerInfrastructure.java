package vn.gov.dossier.infra;

import org.testcontainers.DockerClientFactory;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.postgresql.PostgreSQLContainer;

/** The same two servers as Testcontainers, for machines with a Docker engine. */
public final class ContainerInfrastructure implements Infrastructure {

    private final PostgreSQLContainer postgres;
    private final KafkaContainer kafka;

    private ContainerInfrastructure(PostgreSQLContainer postgres, KafkaContainer kafka) {
        this.postgres = postgres;
        this.kafka = kafka;
    }

    public static boolean dockerAvailable() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }

    public static ContainerInfrastructure start() {
        PostgreSQLContainer postgres = new PostgreSQLContainer("postgres:17-alpine")
                .withUsername("postgres").withPassword("postgres").withDatabaseName("postgres");
        KafkaContainer kafka = new KafkaContainer("apache/kafka-native:4.1.0");
        postgres.start();
        kafka.start();
        CreatingTopics.createMissing(kafka.getBootstrapServers());
        return new ContainerInfrastructure(postgres, kafka);
    }

    @Override
    public String kafkaBootstrapServers() {
        return kafka.getBootstrapServers();
    }

    @Override
    public DatabaseEndpoint database(String name) {
        PostgresDatabases.createIfMissing(postgres.getJdbcUrl(), postgres.getUsername(), postgres.getPassword(), name);
        return new DatabaseEndpoint(postgres.getHost(), postgres.getMappedPort(5432), name, postgres.getUsername(), postgres.getPassword());
    }

    @Override
    public String describe() {
        return "Kafka (Testcontainers) " + kafkaBootstrapServers() + ", PostgreSQL (Testcontainers) " + postgres.getJdbcUrl();
    }

    @Override
    public void close() {
        kafka.stop();
        postgres.stop();
    }
}
