package vn.gov.dossier.stack;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.springframework.context.ConfigurableApplicationContext;
import vn.gov.dossier.identity.DemoAccounts;
import vn.gov.dossier.identity.IdentityProviderApplication;
import vn.gov.dossier.infra.EmbeddedInfrastructure;
import vn.gov.dossier.web.DeskWebApplication;

/**
 * The whole system on one machine with no Docker: Kafka's own KRaft broker and an embedded PostgreSQL, the identity
 * provider on 9000, the six services on 8081–8086, then the web application (desk-web) on 8080. Ctrl-C stops everything. Settings (system properties or environment variables):
 * {@code DATA_DIR} (where PostgreSQL's data and Kafka's log are kept between runs: {@code .local-stack/data} in the
 * working folder), {@code FRESH} ({@code true}: delete that folder first and start empty), {@code KAFKA_PORT} (9092),
 * {@code POSTGRES_PORT} (5432), {@code IDENTITY_PROVIDER_PORT} (9000), {@code SMTP_PORT} (3025), {@code IMAP_PORT} (3143), {@code SMS_GATEWAY_PORT} (8089), {@code DESK_WEB_PORT} (8080),
 * {@code INTAKE_SERVICE_PORT} and the like.
 */
public final class LocalStack {

    /** Where the data is kept unless {@code DATA_DIR} says otherwise (relative to the working folder; git ignores it). */
    public static final String DEFAULT_DATA_DIR = StackLock.DEFAULT_DATA_DIR;

    private LocalStack() {
    }

    public static void main(String[] args) throws InterruptedException {
        int postgresPort = Integer.parseInt(setting("POSTGRES_PORT", "5432"));
        int kafkaPort = Integer.parseInt(setting("KAFKA_PORT", "9092"));
        Path dataDir = Path.of(setting("DATA_DIR", DEFAULT_DATA_DIR)).toAbsolutePath();
        // The folder is this stack's for as long as this JVM lives; a second start on it refuses here, before it changes
        // anything (a PostgreSQL running on it is then the leftover of a stack that is gone, never a running one's).
        StackLock lock;
        try {
            lock = StackLock.acquire(dataDir, describePorts(postgresPort, kafkaPort));
        } catch (StackLock.Held held) {
            System.err.println(held.getMessage());
            System.exit(StackLock.HELD);
            return;
        }
        if (Boolean.parseBoolean(setting("FRESH", "false"))) {
            DataFolder.empty(dataDir);
        }
        System.out.println("Starting Kafka (KRaft) on " + kafkaPort + " and PostgreSQL on " + postgresPort + ", data in " + dataDir + " ...");
        EmbeddedInfrastructure infrastructure = EmbeddedInfrastructure.start(postgresPort, kafkaPort, dataDir);
        OutsideSystems outside = OutsideSystems.start(Integer.parseInt(setting("SMTP_PORT", "3025")),
                Integer.parseInt(setting("IMAP_PORT", "3143")), Integer.parseInt(setting("SMS_GATEWAY_PORT", "8089")),
                Integer.parseInt(setting("POSTAL_SERVICE_PORT", "8088")), Integer.parseInt(setting("PAYMENT_PLATFORM_PORT", "8087")),
                Integer.parseInt(setting("POPULATION_DATABASE_PORT", "8098")), Integer.parseInt(setting("NATIONAL_PORTAL_PORT", "8097")));
        int identityPort = Integer.parseInt(setting("IDENTITY_PROVIDER_PORT", "9000"));
        String issuer = "http://localhost:" + identityPort;
        ConfigurableApplicationContext identityProvider = IdentityProviderApplication.builder().run("--server.port=" + identityPort,
                // Its signing keys are kept with the data: officers stay signed in across a restart of the stack.
                "--identity.signing-keys.folder=" + dataDir.resolve("identity-keys"),
                "--spring.security.oauth2.authorizationserver.issuer=" + issuer, "--logging.include-application-name=false",
                "--management.metrics.use-global-registry=false");
        int webPort = Integer.parseInt(setting("DESK_WEB_PORT", "8080"));
        String web = "http://localhost:" + webPort;
        // One JVM, one logging system: a per-service application name in each line would only show the first one's.
        // The receipt's QR code and the notices point at the web's look-up page; intake believes the address desk-web
        // passes on for that page's rate limit (only from this machine: desk-web is the one proxy here).
        Stack stack = new Stack(infrastructure, List.of("--dossier.intake.public-base-url=" + web,
                "--dossier.notification.public-base-url=" + web, "--dossier.intake.trusted-proxies=127.0.0.1,0:0:0:0:0:0:0:1","--logging.include-application-name=false",
                "--management.metrics.use-global-registry=false", "--spring.mail.port=" + setting("SMTP_PORT", "3025"),
                "--dossier.notification.sms-gateway-url=http://localhost:" + setting("SMS_GATEWAY_PORT", "8089"),
                "--dossier.security.issuer=" + issuer, "--dossier.security.citizen-assurance=vneid-2", "--dossier.papers.directory=" + dataDir.resolve("papers"),
                "--dossier.signing.development-folder=" + dataDir.resolve("signing"),
                "--dossier.national.postal-url=http://localhost:" + outside.postalService().port(),
                "--dossier.payment.url=http://localhost:" + outside.paymentPlatform().port(),
                "--dossier.national.population-url=http://localhost:" + outside.populationDatabase().port(),
                "--dossier.national.portal-url=http://localhost:" + outside.nationalPortal().port(),
                // exchange-service takes over from intake's database once, at its first start (a no-op on a new stack).
                "--dossier.exchange.handover.intake-url=" + infrastructure.database(ServiceSpec.INTAKE.database()).jdbcUrl(),
                "--dossier.exchange.handover.intake-user=" + infrastructure.database(ServiceSpec.INTAKE.database()).username(),
                "--dossier.exchange.handover.intake-password=" + infrastructure.database(ServiceSpec.INTAKE.database()).password()));
        CountDownLatch stopped = new CountDownLatch(1);
        // Started last, after the services it calls; a Ctrl-C during start-up may come before it exists.
        java.util.concurrent.atomic.AtomicReference<ConfigurableApplicationContext> webApplication = new java.util.concurrent.atomic.AtomicReference<>();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("Stopping the services, the identity provider, Kafka and PostgreSQL ...");
            try {
                if (webApplication.get() != null) {
                    webApplication.get().close();
                }
                stack.close();
                identityProvider.close();
            } finally {
                outside.close();
                infrastructure.close();
                lock.close();
                stopped.countDown();
            }
        }, "local-stack-shutdown"));
        for (ServiceSpec service : ServiceSpec.ALL) {
            stack.start(service, Integer.parseInt(setting(portSetting(service.name()),
                    String.valueOf(service.defaultPort()))));
        }
        webApplication.set(DeskWebApplication.builder().run(webArguments(stack, issuer, webPort).toArray(String[]::new)));
        printBanner(stack, issuer, web, identityProvider.getBean(DemoAccounts.class), infrastructure, outside, dataDir);
        stopped.await();
    }

    /** The ports this stack answers on, as a refused second start names them. */
    private static String describePorts(int postgresPort, int kafkaPort) {
        StringBuilder ports = new StringBuilder("ports: ").append(DeskWebApplication.NAME).append(' ').append(setting("DESK_WEB_PORT", "8080"));
        for (ServiceSpec service : ServiceSpec.ALL) {
            ports.append(", ").append(service.name()).append(' ').append(setting(portSetting(service.name()), String.valueOf(service.defaultPort())));
        }
        return ports.append(", ").append(IdentityProviderApplication.NAME).append(' ').append(setting("IDENTITY_PROVIDER_PORT", "9000"))
                .append(", PostgreSQL ").append(postgresPort).append(", Kafka ").append(kafkaPort).toString();
    }

    /** desk-web's settings: its port, the provider, and the services where this stack runs them. */
    public static List<String> webArguments(Stack stack, String issuer, int webPort) {
        List<String> arguments = new java.util.ArrayList<>(List.of("--server.port=" + webPort, "--management.server.port=" + (webPort == 0 ? 0 : webPort + 10),
                "--spring.security.oauth2.client.provider.dossier.issuer-uri=" + issuer, "--logging.include-application-name=false",
                "--management.metrics.use-global-registry=false"));
        for (ServiceSpec service : ServiceSpec.ALL) {
            arguments.add("--dossier.web." + service.name().replace("-service", "") + "-url=http://localhost:" + stack.port(service));
        }
        return arguments;
    }

    private static void printBanner(Stack stack, String issuer, String web, DemoAccounts officers, EmbeddedInfrastructure infrastructure,
                                    OutsideSystems outside, Path dataDir) {
        StringBuilder banner = new StringBuilder("\n================ cross-boundary dossier processing: running ================\n");
        banner.append(String.format("  %-22s %s   (sign in as a demo account below, password \"%s\": officers at their work, citizens "
                + "at %s/cong-dan; the public look-up %s/tra-cuu)%n", DeskWebApplication.NAME, web, officers.password(), web, web));
        // The provider's own accounts (demo-accounts.yml), by role: what the banner lists is who can sign in.
        java.util.Map<String, java.util.List<String>> byRole = new java.util.LinkedHashMap<>();
        officers.accounts().forEach(account -> account.roles().forEach(role ->
                byRole.computeIfAbsent(role, key -> new java.util.ArrayList<>()).add(account.username())));
        byRole.forEach((role, usernames) -> banner.append(String.format("    %-10s %s%n", role.toLowerCase(java.util.Locale.ROOT) + ":",
                String.join(", ", usernames))));
        for (ServiceSpec service : ServiceSpec.ALL) {
            int port = stack.port(service);
            banner.append(String.format("  %-22s http://localhost:%d   (OpenAPI /v3/api-docs; health, metrics http://localhost:%d/actuator)%n",
                    service.name(), port, stack.managementPort(service)));
        }
        banner.append(String.format("  %-22s %s   (demo officers: ops/token clerk-00004)%n", IdentityProviderApplication.NAME, issuer));
        banner.append("  ").append(infrastructure.describe()).append('\n');
        outside.describe().forEach(line -> banner.append("  ").append(line).append('\n'));
        banner.append("  Databases: ").append(String.join(", ", ServiceSpec.ALL.stream().map(ServiceSpec::database).toList()))
                .append(" (user postgres)\n");
        banner.append("  Data kept in ").append(dataDir).append(" (start empty: FRESH=true); papers in ").append(dataDir.resolve("papers"))
                .append("\n");
        banner.append("  Press Ctrl-C to stop everything.\n");
        banner.append("============================================================================\n");
        System.out.println(banner);
    }

    /** The setting that chooses a service's port: {@code INTAKE_SERVICE_PORT} for intake-service. */
    public static String portSetting(String serviceName) {
        return serviceName.toUpperCase(java.util.Locale.ROOT).replace('-', '_') + "_PORT";
    }

    private static String setting(String name, String fallback) {
        return StackLock.setting(name, fallback);
    }
}
