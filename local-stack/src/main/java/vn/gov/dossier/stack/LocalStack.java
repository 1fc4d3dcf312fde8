package vn.gov.dossier.stack;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import vn.gov.dossier.infra.EmbeddedInfrastructure;

/**
 * The whole system on one machine with no Docker: Kafka's own KRaft broker and an embedded PostgreSQL, then the
 * five services on 8081–8085. Ctrl-C stops everything. Settings (system properties or environment variables):
 * {@code POSTGRES_PORT} (5432), {@code SMTP_PORT} (3025), {@code IMAP_PORT} (3143),
 * {@code SMS_GATEWAY_PORT} (8089), {@code DATA_DIR} (PostgreSQL data kept between runs; unset: a fresh database each
 * run), {@code INTAKE_SERVICE_PORT} and the like. The broker's port is chosen at start and printed.
 */
public final class LocalStack {

    private LocalStack() {
    }

    public static void main(String[] args) throws InterruptedException {
        int postgresPort = Integer.parseInt(setting("POSTGRES_PORT", "5432"));
        String dataDir = setting("DATA_DIR", "");
        System.out.println("Starting Kafka (KRaft) and PostgreSQL on " + postgresPort + " ...");
        EmbeddedInfrastructure infrastructure = EmbeddedInfrastructure.start(postgresPort,
                dataDir.isEmpty() ? null : Path.of(dataDir).toAbsolutePath());
        OutsideSystems outside = OutsideSystems.start(Integer.parseInt(setting("SMTP_PORT", "3025")),
                Integer.parseInt(setting("IMAP_PORT", "3143")), Integer.parseInt(setting("SMS_GATEWAY_PORT", "8089")));
        // One JVM, one logging system: a per-service application name in each line would only show the first one's.
        Stack stack = new Stack(infrastructure, List.of("--logging.include-application-name=false",
                "--management.metrics.use-global-registry=false", "--spring.mail.port=" + setting("SMTP_PORT", "3025"),
                "--dossier.notification.sms-gateway-url=http://localhost:" + setting("SMS_GATEWAY_PORT", "8089")));
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("Stopping the services, Kafka and PostgreSQL ...");
            try {
                stack.close();
            } finally {
                outside.close();
                infrastructure.close();
                stopped.countDown();
            }
        }, "local-stack-shutdown"));
        for (ServiceSpec service : ServiceSpec.ALL) {
            stack.start(service, Integer.parseInt(setting(portSetting(service.name()),
                    String.valueOf(service.defaultPort()))));
        }
        printBanner(stack, infrastructure, outside);
        stopped.await();
    }

    private static void printBanner(Stack stack, EmbeddedInfrastructure infrastructure, OutsideSystems outside) {
        StringBuilder banner = new StringBuilder("\n================ cross-boundary dossier processing: running ================\n");
        for (ServiceSpec service : ServiceSpec.ALL) {
            int port = stack.port(service);
            banner.append(String.format("  %-22s http://localhost:%d   (OpenAPI /v3/api-docs, metrics /actuator/prometheus)%n", service.name(), port));
        }
        banner.append("  ").append(infrastructure.describe()).append('\n');
        banner.append("  ").append(outside.describe()).append('\n');
        banner.append("  Databases: intake, routing, processing, notification, reporting (user postgres)\n");
        banner.append("  Press Ctrl-C to stop everything.\n");
        banner.append("============================================================================\n");
        System.out.println(banner);
    }

    /** The setting that chooses a service's port: {@code INTAKE_SERVICE_PORT} for intake-service. */
    public static String portSetting(String serviceName) {
        return serviceName.toUpperCase(java.util.Locale.ROOT).replace('-', '_') + "_PORT";
    }

        private static String setting(String name, String fallback) {
        String value = System.getProperty(name, System.getenv(name));
        return value == null || value.isBlank() ? fallback : value;
    }
}
