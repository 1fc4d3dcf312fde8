package vn.gov.dossier.infra;

import java.util.LinkedHashMap;
import java.util.Map;

/** A running Kafka broker and PostgreSQL server that services can be pointed at. */
public interface Infrastructure extends AutoCloseable {

    String kafkaBootstrapServers();

    /** The database of that name, created on first use. */
    DatabaseEndpoint database(String name);

    /** A short human description, e.g. for the launcher's banner. */
    String describe();

    @Override
    void close();

    /**
     * The Spring properties that point one service at this infrastructure: its own database (created if
     * missing), the shared broker, its HTTP port, and its management port (health, probes, metrics): ten above the HTTP
     * port (8081: 8091), or any free one when the HTTP port is any free one (0).
     */
    default Map<String, Object> serviceProperties(String databaseName, int httpPort) {
        return serviceProperties(databaseName, httpPort, managementPort(httpPort));
    }

    /** The same with the management port chosen by the caller. */
    default Map<String, Object> serviceProperties(String databaseName, int httpPort, int managementPort) {
        DatabaseEndpoint db = database(databaseName);
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("server.port", httpPort);
        properties.put("management.server.port", managementPort);
        properties.put("spring.kafka.bootstrap-servers", kafkaBootstrapServers());
        properties.put("spring.r2dbc.url", db.r2dbcUrl());
        properties.put("spring.r2dbc.username", db.username());
        properties.put("spring.r2dbc.password", db.password());
        properties.put("spring.flyway.url", db.jdbcUrl());
        properties.put("spring.flyway.user", db.username());
        properties.put("spring.flyway.password", db.password());
        return properties;
    }

    /** The management port that goes with an HTTP port. */
    static int managementPort(int httpPort) {
        return httpPort == 0 ? 0 : httpPort + 10;
    }

    /** The same settings as command-line arguments, which win over a service's own configuration file. */
    default String[] serviceArguments(String databaseName, int httpPort) {
        return serviceArguments(databaseName, httpPort, managementPort(httpPort));
    }

    /** The same with the management port chosen by the caller. */
    default String[] serviceArguments(String databaseName, int httpPort, int managementPort) {
        return serviceProperties(databaseName, httpPort, managementPort).entrySet().stream()
                .map(entry -> "--" + entry.getKey() + "=" + entry.getValue())
                .toArray(String[]::new);
    }
}
