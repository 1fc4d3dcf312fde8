package vn.gov.dossier.infra;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Kafka's own KRaft broker ({@link KafkaBroker}) and a real PostgreSQL server (zonky's embedded binaries, run as a child
 * process), with the system's topics created from their definition.
 *
 * <p>Two modes. <b>Durable</b>, with a data folder (the local stack): PostgreSQL's data in {@code <folder>/postgres}
 * with {@code fsync} and {@code synchronous_commit} on, Kafka's log in {@code <folder>/kafka}; both survive a restart
 * and a crash. <b>Throw-away</b>, without one (tests): a temporary folder removed at close, and PostgreSQL without
 * {@code fsync}, which only a crash of the machine could notice.
 */
public final class EmbeddedInfrastructure implements Infrastructure {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedInfrastructure.class);
    private static final String USER = "postgres";
    private static final String PASSWORD = "postgres";

    private final Path folder;
    private final boolean durable;
    private EmbeddedPostgres postgres;
    private KafkaBroker kafka;

    private EmbeddedInfrastructure(EmbeddedPostgres postgres, KafkaBroker kafka, Path folder, boolean durable) {
        this.postgres = postgres;
        this.kafka = kafka;
        this.folder = folder;
        this.durable = durable;
    }

    /**
     * @param postgresPort 0 for any free port
     * @param kafkaPort 0 for any free port
     * @param dataDirectory null for throw-away data; otherwise the folder that keeps both servers' data
     */
    public static EmbeddedInfrastructure start(int postgresPort, int kafkaPort, Path dataDirectory) {
        boolean durable = dataDirectory != null;
        Path folder;
        try {
            folder = durable ? Files.createDirectories(dataDirectory.toAbsolutePath()) : Files.createTempDirectory("dossier-infra-");
        } catch (IOException e) {
            throw new UncheckedIOException("could not create the data folder " + dataDirectory, e);
        }
        EmbeddedPostgres postgres = startPostgres(postgresPort, durable ? folder.resolve("postgres") : null);
        try {
            KafkaBroker kafka = KafkaBroker.start(folder.resolve("kafka"), kafkaPort);
            List<String> created = CreatingTopics.createMissing(kafka.bootstrapServers());
            if (!created.isEmpty()) {
                log.info("created topics {}", created);
            }
            log.info("Kafka (KRaft) listening on {}; PostgreSQL on port {}; data in {}", kafka.bootstrapServers(), postgres.getPort(),
                    durable ? folder : "a throw-away folder");
            return new EmbeddedInfrastructure(postgres, kafka, folder, durable);
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
                    .setPGStartupWait(Duration.ofSeconds(120));
            if (dataDirectory != null) {
                // What a commit acknowledged is on disk: the outbox row, the inbox row, the dossier behind a 201.
                builder.setServerConfig("fsync", "on").setServerConfig("synchronous_commit", "on").setServerConfig("full_page_writes", "on");
                Files.createDirectories(dataDirectory);
                LeftoverPostgres.stopIfRunning(dataDirectory);
                builder.setDataDirectory(dataDirectory).setCleanDataDirectory(false);
            }
            return builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("could not start the embedded PostgreSQL", e);
        }
    }

    /** Stops the broker (a controlled shutdown) and starts it again on the same log and port. */
    public synchronized void restartKafka() {
        int port = kafka.port();
        kafka.close();
        kafka = KafkaBroker.start(folder.resolve("kafka"), port);
    }

    /** Stops PostgreSQL (fast shutdown) and starts it again on the same data and port; durable mode only. */
    public synchronized void restartPostgres() {
        if (!durable) {
            throw new IllegalStateException("a throw-away PostgreSQL cannot be restarted: its data is gone with it");
        }
        int port = postgres.getPort();
        closeQuietly(postgres);
        postgres = startPostgres(port, folder.resolve("postgres"));
    }

    @Override
    public synchronized String kafkaBootstrapServers() {
        return kafka.bootstrapServers();
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
            kafka.close();
        } finally {
            closeQuietly(postgres);
            if (!durable) {
                deleteQuietly(folder);
            }
        }
    }

    private static void closeQuietly(EmbeddedPostgres postgres) {
        try {
            postgres.close();
        } catch (IOException e) {
            log.warn("PostgreSQL did not stop cleanly", e);
        }
    }

    private static void deleteQuietly(Path folder) {
        try {
            LocalFiles.deleteRecursively(folder);
        } catch (UncheckedIOException e) {
            log.warn("could not remove {}", folder, e);
        }
    }
}
