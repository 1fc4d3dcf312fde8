package vn.gov.dossier.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import vn.gov.dossier.contracts.DossierSubmitted;
import vn.gov.dossier.contracts.Topics;
import vn.gov.dossier.identity.IdentityProviderApplication;
import vn.gov.dossier.infra.DemoOfficers;
import vn.gov.dossier.infra.EmbeddedInfrastructure;
import vn.gov.dossier.infra.KafkaProbe;
import vn.gov.dossier.infra.LocalFiles;
import vn.gov.dossier.platform.events.CloudEventHeaders;
import vn.gov.dossier.stack.OutsideSystems;

/**
 * The reliability suite. Kafka and PostgreSQL (durable, as the local stack runs them), the five services as separate
 * processes from their executable jars (processing twice, as a cluster would scale it), desks filing a steady load;
 * then, in turn, each fault below, with the load running through it. After each, the reconciler follows every dossier
 * accepted in that round through every stage until the backlog is drained, and counts what was lost or done twice.
 */
class FaultsIT {

    private static final Duration READY = Duration.ofSeconds(240);
    private static final Duration DRAIN_LIMIT = Duration.ofSeconds(180);
    private static final int DOSSIERS_PER_SECOND = 5;
    /** Short, so that a frozen consumer is noticed within the test; the services' default is Kafka's 45 s. */
    private static final int SESSION_TIMEOUT_MS = 10_000;

    private static final Path REPORT = Path.of(System.getProperty("reliability.report", "target/reliability"));
    private static EmbeddedInfrastructure infrastructure;
    private static OutsideSystems outside;
    private static ConfigurableApplicationContext identityProvider;
    private static DemoOfficers officers;
    private static final Map<String, ServiceProcess> services = new LinkedHashMap<>();

    record Fault(String name, Runnable inject) {
    }

    record Row(String fault, int accepted, int lost, int duplicated, long drainSeconds, int retries) {
    }

    @BeforeAll
    static void startEverything() throws IOException {
        LocalFiles.deleteRecursively(REPORT.resolve("data"));
        infrastructure = EmbeddedInfrastructure.start(0, 0, REPORT.resolve("data"));
        outside = OutsideSystems.start(LocalFiles.freePort(), LocalFiles.freePort(), LocalFiles.freePort());
        // The identity provider in this JVM: the services (their own processes) trust it, the desks sign in at it.
        identityProvider = IdentityProviderApplication.builder().run("--server.port=0");
        officers = new DemoOfficers("http://localhost:" + identityProvider.getEnvironment().getRequiredProperty("local.server.port"));
        Path root = Path.of(System.getProperty("project.root", ".."));
        add(root, "intake-service", "intake-service", "intake");
        add(root, "routing-service", "routing-service", "routing");
        add(root, "processing-service", "processing-service-a", "processing");
        add(root, "processing-service", "processing-service-b", "processing");
        add(root, "notification-service", "notification-service", "notification", "--spring.mail.port=" + outside.smtpPort(),
                "--dossier.notification.sms-gateway-url=http://localhost:" + outside.smsGateway().port());
        add(root, "reporting-service", "reporting-service", "reporting");
        add(root, "exchange-service", "exchange-service", "exchange",
                "--dossier.national.population-url=http://localhost:" + outside.populationDatabase().port(),
                "--dossier.national.portal-url=http://localhost:" + outside.nationalPortal().port(),
                "--dossier.national.postal-url=http://localhost:" + outside.postalService().port());
        services.values().forEach(ServiceProcess::start);
        services.values().forEach(service -> service.awaitReady(READY));
    }

    @AfterAll
    static void stopEverything() {
        services.values().forEach(ServiceProcess::close);
        if (outside != null) {
            outside.close();
        }
        if (identityProvider != null) {
            identityProvider.close();
        }
        if (infrastructure != null) {
            infrastructure.close();
        }
    }

    @Test
    void should_lose_and_double_nothing_accepted_whatever_is_killed() throws IOException {
        List<Fault> faults = new ArrayList<>();
        for (String name : List.of("intake-service", "routing-service", "processing-service-a", "notification-service", "reporting-service",
                "exchange-service")) {
            faults.add(new Fault("SIGKILL " + name + ", restarted", () -> restart(services.get(name))));
        }
        faults.add(new Fault("Kafka broker restarted", () -> infrastructure.restartKafka()));
        faults.add(new Fault("PostgreSQL restarted", () -> infrastructure.restartPostgres()));
        faults.add(new Fault("SIGSTOP processing-service-b past its session timeout, SIGCONT", () -> {
            ServiceProcess frozen = services.get("processing-service-b");
            frozen.freeze();
            ServiceProcess.sleep(Duration.ofMillis(SESSION_TIMEOUT_MS * 2L));
            frozen.thaw();
        }));
        faults.add(new Fault("poison event on dossier.intake", () -> new KafkaProbe(infrastructure.kafkaBootstrapServers()).send(Topics.INTAKE,
                "poison", "{ not json".getBytes(StandardCharsets.UTF_8), Map.of(CloudEventHeaders.ID, UUID.randomUUID().toString(),
                        CloudEventHeaders.TYPE, DossierSubmitted.TYPE, CloudEventHeaders.SPEC_VERSION, "1.0"))));

        Reconciler reconciler = new Reconciler(infrastructure, outside, services.get("reporting-service").port(), officers);
        List<Row> rows = new ArrayList<>();
        List<String> everything = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        int round = 0;
        for (Fault fault : faults) {
            round++;
            Desks desks = new Desks(services.get("intake-service").port(), "round" + round + "-" + UUID.randomUUID().toString().substring(0, 8),
                    officers);
            desks.start(DOSSIERS_PER_SECOND);
            ServiceProcess.sleep(Duration.ofSeconds(5));
            fault.inject().run();
            long recovered = System.nanoTime();
            ServiceProcess.sleep(Duration.ofSeconds(5));
            desks.stop();
            List<String> accepted = new ArrayList<>(desks.accepted().values());
            everything.addAll(accepted);
            Reconciler.Findings findings = reconciler.check(accepted);
            while (!findings.complete() && System.nanoTime() - recovered < DRAIN_LIMIT.toNanos()) {
                ServiceProcess.sleep(Duration.ofSeconds(1));
                findings = reconciler.check(accepted);
            }
            long drain = Math.max(0, Duration.ofNanos(System.nanoTime() - recovered).toSeconds());
            rows.add(new Row(fault.name(), accepted.size(), findings.missing().size(), findings.duplicated().size(),
                    findings.complete() ? drain : -1, desks.retries()));
            if (!findings.complete() || !findings.duplicated().isEmpty() || !desks.refused().isEmpty()) {
                problems.add(fault.name() + ":\n" + findings.describe(10) + "\nrefused: " + desks.refused());
            }
        }
        // Everything again at the end: a later fault must not have lost or doubled an earlier round's dossiers.
        Reconciler.Findings overall = reconciler.check(everything);
        String table = table(rows, overall, everything.size());
        Files.createDirectories(REPORT);
        Files.writeString(REPORT.resolve("table.md"), table);
        System.out.println(table);

        assertThat(rows).allSatisfy(row -> assertThat(row.accepted()).as(row.fault() + ": dossiers accepted").isPositive());
        assertThat(problems).as("losses, duplicates or refusals").isEmpty();
        assertThat(overall.missing()).as("lost overall").isEmpty();
        assertThat(overall.duplicated()).as("doubled overall").isEmpty();
        assertThat(overall.reportingReceived()).as("reporting counts every dossier intake holds, once").isEqualTo(overall.intakeDossiers());
    }

    private static String table(List<Row> rows, Reconciler.Findings overall, int total) {
        StringBuilder table = new StringBuilder("| fault | accepted | lost | duplicated | drain (s) | desk retries |\n|---|---|---|---|---|---|\n");
        for (Row row : rows) {
            table.append("| ").append(row.fault()).append(" | ").append(row.accepted()).append(" | ").append(row.lost()).append(" | ")
                    .append(row.duplicated()).append(" | ").append(row.drainSeconds() < 0 ? "not drained" : row.drainSeconds()).append(" | ")
                    .append(row.retries()).append(" |\n");
        }
        return table.append("| **all rounds, checked again at the end** | ").append(total).append(" | ").append(overall.missing().size())
                .append(" | ").append(overall.duplicated().size()).append(" | | |\n\nReporting counted ").append(overall.reportingReceived())
                .append(" dossiers received; intake holds ").append(overall.intakeDossiers()).append(".\n").toString();
    }

    private static void restart(ServiceProcess service) {
        service.kill();
        ServiceProcess.sleep(Duration.ofSeconds(2));
        service.start();
        service.awaitReady(READY);
    }

    private static void add(Path root, String module, String name, String database, String... extra) {
        int port = LocalFiles.freePort();
        int managementPort = LocalFiles.freePort();
        List<String> arguments = new ArrayList<>(List.of(infrastructure.serviceArguments(database, port, managementPort)));
        arguments.add("--dossier.security.issuer=" + officers.issuer());
        arguments.add("--spring.cloud.stream.kafka.binder.consumer-properties.session.timeout.ms=" + SESSION_TIMEOUT_MS);
        arguments.add("--spring.cloud.stream.kafka.binder.consumer-properties.heartbeat.interval.ms=3000");
        arguments.addAll(List.of(extra));
        services.put(name, new ServiceProcess(name, executableJar(root, module), port, managementPort, arguments, REPORT.resolve("logs")));
    }

    private static Path executableJar(Path root, String module) {
        try (Stream<Path> jars = Files.list(root.resolve(module).resolve("target"))) {
            return jars.filter(jar -> jar.getFileName().toString().endsWith("-exec.jar")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no executable jar in " + module + "/target: build it first (mvn install)"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
