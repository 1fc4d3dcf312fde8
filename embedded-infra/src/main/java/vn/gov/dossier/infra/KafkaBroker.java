package vn.gov.dossier.infra;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import kafka.tools.StorageTool;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Kafka's own KRaft server (broker and controller in one node, as {@code kafka-server-start.sh} runs it), from the
 * Kafka jars on Maven Central, in this JVM. Its log lives in a folder of ours: formatted on first start, recovered on
 * every later one (after a crash too: Kafka truncates what a torn write left and rebuilds its indexes), so that what
 * the broker acknowledged is still there when the stack starts again.
 */
public final class KafkaBroker implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(KafkaBroker.class);
    private static final Duration READY = Duration.ofSeconds(60);

    private final KafkaRaftServer server;
    private final int port;

    private KafkaBroker(KafkaRaftServer server, int port) {
        this.server = server;
        this.port = port;
    }

    /**
     * @param logDirectory where the log is kept; formatted when it holds none yet
     * @param port the client port (0: a free one); the controller listens on another free port
     */
    public static KafkaBroker start(Path logDirectory, int port) {
        int clientPort = port == 0 ? LocalFiles.freePort() : port;
        int controllerPort = LocalFiles.freePort();
        while (controllerPort == clientPort) {
            // The system may hand out the port it has just freed again: two listeners cannot share it.
            controllerPort = LocalFiles.freePort();
        }
        Properties config = config(logDirectory.toAbsolutePath(), clientPort, controllerPort);
        format(logDirectory, config);
        KafkaRaftServer server = new KafkaRaftServer(KafkaConfig.fromProps(config), Time.SYSTEM);
        server.startup();
        KafkaBroker broker = new KafkaBroker(server, clientPort);
        try {
            broker.awaitReady();
        } catch (RuntimeException e) {
            broker.close();
            throw e;
        }
        log.info("Kafka (KRaft) listening on {}, log in {}", broker.bootstrapServers(), logDirectory);
        return broker;
    }

    public String bootstrapServers() {
        return "localhost:" + port;
    }

    public int port() {
        return port;
    }

    @Override
    public void close() {
        server.shutdown();
        server.awaitShutdown();
    }

    static Properties config(Path logDirectory, int clientPort, int controllerPort) {
        Properties config = new Properties();
        config.put("process.roles", "broker,controller");
        config.put("node.id", "0");
        // A static quorum of this one node: its address is configuration, never kept in the log, so the controller
        // may listen on another free port at every start.
        config.put("controller.quorum.voters", "0@127.0.0.1:" + controllerPort);
        config.put("listeners", "PLAINTEXT://127.0.0.1:" + clientPort + ",CONTROLLER://127.0.0.1:" + controllerPort);
        config.put("advertised.listeners", "PLAINTEXT://localhost:" + clientPort);
        config.put("controller.listener.names", "CONTROLLER");
        config.put("inter.broker.listener.name", "PLAINTEXT");
        config.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        config.put("log.dirs", logDirectory.toString());
        // One node: every internal topic has one copy.
        config.put("offsets.topic.replication.factor", "1");
        config.put("offsets.topic.num.partitions", "5");
        config.put("transaction.state.log.replication.factor", "1");
        config.put("transaction.state.log.min.isr", "1");
        config.put("share.coordinator.state.topic.replication.factor", "1");
        config.put("share.coordinator.state.topic.min.isr", "1");
        // Topics are created from their definition (TopicDefinition), never by a client's typo.
        config.put("auto.create.topics.enable", "false");
        config.put("group.initial.rebalance.delay.ms", "0");
        return config;
    }

    /** {@code kafka-storage.sh format}, the first time only: a formatted log names its cluster in meta.properties. */
    private static void format(Path logDirectory, Properties config) {
        if (Files.isRegularFile(logDirectory.resolve("meta.properties"))) {
            return;
        }
        try {
            Files.createDirectories(logDirectory);
            Path file = logDirectory.resolveSibling(logDirectory.getFileName() + ".properties");
            try (OutputStream out = Files.newOutputStream(file)) {
                config.store(out, "written at each start by the local stack; the log is in " + logDirectory);
            }
            ByteArrayOutputStream said = new ByteArrayOutputStream();
            int status = StorageTool.execute(new String[] {"format", "--cluster-id", Uuid.randomUuid().toString(), "--config", file.toString()}, new PrintStream(said, true, StandardCharsets.UTF_8));
            if (status != 0) {
                throw new IllegalStateException("could not format Kafka's log in " + logDirectory + ": " + said.toString(StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not prepare Kafka's log in " + logDirectory, e);
        }
    }

    private void awaitReady() {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers()))) {
            admin.describeCluster().nodes().get(READY.toSeconds(), TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while Kafka started", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Kafka did not answer on " + bootstrapServers() + " within " + READY, e);
        }
    }
}
