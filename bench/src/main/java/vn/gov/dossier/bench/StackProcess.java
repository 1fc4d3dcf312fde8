package vn.gov.dossier.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.gov.dossier.infra.LocalFiles;
import vn.gov.dossier.stack.LocalStack;
import vn.gov.dossier.stack.ServiceSpec;

/**
 * The local stack ({@link LocalStack}: embedded KRaft broker, embedded PostgreSQL, the five services) in a child JVM
 * of its own, so that its memory is measured apart from the load generator's. Ports are chosen free at start; the
 * stack's output goes to a log file.
 */
final class StackProcess implements AutoCloseable {

    private static final Pattern KAFKA = Pattern.compile("Kafka \\(KRaft\\) listening on (\\S+:\\d+)");
    private static final String RUNNING = "cross-boundary dossier processing: running";

    private final Process process;
    private final Map<String, Integer> ports;
    private final int identityPort;
    private final int postgresPort;
    private final String kafkaBootstrap;

    private StackProcess(Process process, Map<String, Integer> ports, int postgresPort, String kafkaBootstrap, int identityPort) {
        this.identityPort = identityPort;
        this.process = process;
        this.ports = ports;
        this.postgresPort = postgresPort;
        this.kafkaBootstrap = kafkaBootstrap;
    }

    static StackProcess start(Path log, Duration patience) {
        Map<String, Integer> ports = new LinkedHashMap<>();
        for (ServiceSpec service : ServiceSpec.ALL) {
            ports.put(service.name(), LocalFiles.freeServicePort());
        }
        int postgresPort = LocalFiles.freePort();
        int identityPort = LocalFiles.freePort();
        int webPort = LocalFiles.freeServicePort();
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx2g", "-cp", System.getProperty("java.class.path")));
        ports.forEach((service, port) -> command.add("-D" + LocalStack.portSetting(service) + "=" + port));
        // A data folder of its own, emptied first: every run measures the same empty system.
        Path data = log.getParent().resolve("stack-data");
        command.addAll(List.of("-DDATA_DIR=" + data.toAbsolutePath(), "-DFRESH=true", "-DKAFKA_PORT=" + LocalFiles.freePort(),
                "-DPOSTGRES_PORT=" + postgresPort, "-DSMTP_PORT=" + LocalFiles.freePort(), "-DIMAP_PORT=" + LocalFiles.freePort(),
                "-DSMS_GATEWAY_PORT=" + LocalFiles.freePort(), "-DPOSTAL_SERVICE_PORT=" + LocalFiles.freePort(),
                "-DIDENTITY_PROVIDER_PORT=" + identityPort, "-DDESK_WEB_PORT=" + webPort,
                LocalStack.class.getName()));
        try {
            Files.createDirectories(log.getParent());
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            CompletableFuture<String> kafka = new CompletableFuture<>();
            CompletableFuture<Void> running = new CompletableFuture<>();
            Thread pump = new Thread(() -> pump(process, log, kafka, running), "stack-log");
            pump.setDaemon(true);
            pump.start();
            try {
                running.get(patience.toMillis(), TimeUnit.MILLISECONDS);
                Map<String, Integer> withWeb = new LinkedHashMap<>(ports);
                withWeb.put("desk-web", webPort);
                return new StackProcess(process, withWeb, postgresPort, kafka.getNow(null), identityPort);
            } catch (Exception e) {
                process.destroyForcibly();
                throw new IllegalStateException("the local stack did not start within " + patience + "; see " + log, e);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void pump(Process process, Path log, CompletableFuture<String> kafka, CompletableFuture<Void> running) {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
             PrintWriter out = new PrintWriter(Files.newBufferedWriter(log, StandardCharsets.UTF_8), true)) {
            String line;
            while ((line = in.readLine()) != null) {
                out.println(line);
                Matcher matcher = KAFKA.matcher(line);
                if (matcher.find()) {
                    kafka.complete(matcher.group(1));
                }
                if (line.contains(RUNNING)) {
                    running.complete(null);
                }
            }
            running.completeExceptionally(new IllegalStateException("the local stack exited with " + process.waitFor()));
        } catch (IOException | InterruptedException e) {
            running.completeExceptionally(e);
        }
    }

    /** The stack's identity provider, where the desks' clerks sign in. */
    String issuer() {
        return "http://localhost:" + identityPort;
    }

    String baseUrl(String service) {
        return "http://localhost:" + ports.get(service);
    }

    /**
     * What {@code ops/check} checks of a running stack, saved under {@code target/}: each application's Prometheus scrape
     * (management port: its port + 10) as {@code metrics-scrapes/<application>.prom}, taken after the load so that the
     * meters only work registers are in it, and each service's OpenAPI document as {@code api-docs/<service>.json}.
     */
    void saveForChecks(HttpClient http, Path target) throws IOException, InterruptedException {
        for (Map.Entry<String, Integer> application : ports.entrySet()) {
            save(http, "http://localhost:" + (application.getValue() + 10) + "/actuator/prometheus",
                    target.resolve("metrics-scrapes").resolve(application.getKey() + ".prom"));
            if (!application.getKey().equals("desk-web")) {
                save(http, "http://localhost:" + application.getValue() + "/v3/api-docs", target.resolve("api-docs").resolve(application.getKey() + ".json"));
            }
        }
    }

    private static void save(HttpClient http, String url, Path file) throws IOException, InterruptedException {
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 200) {
            throw new IllegalStateException(url + " answered " + answer.statusCode());
        }
        Files.createDirectories(file.getParent());
        Files.writeString(file, answer.body());
    }

    String jdbcUrl(String database) {
        return "jdbc:postgresql://localhost:" + postgresPort + "/" + database;
    }

    String kafkaBootstrap() {
        return kafkaBootstrap;
    }

    /**
     * Proportional set size of the stack in MiB: its JVM and every PostgreSQL process of its server. PSS shares a page
     * between the processes that map it, so PostgreSQL's shared buffers are counted once, not once per backend.
     */
    double memoryMiB() {
        long kib = ProcFs.pssKiB(process.pid());
        for (long pid : ProcFs.postgresProcesses(postgresPort)) {
            kib += ProcFs.pssKiB(pid);
        }
        return kib / 1024.0;
    }

    /** CPU time used so far by the stack's JVM and by its PostgreSQL server's processes, in seconds. */
    CpuTime cpuTime() {
        double postgres = 0;
        for (long pid : ProcFs.postgresProcesses(postgresPort)) {
            postgres += ProcFs.cpuSeconds(pid);
        }
        return new CpuTime(ProcFs.cpuSeconds(process.pid()), postgres);
    }

    /** CPU seconds of the services' JVM (with Kafka's broker, which runs in it) and of PostgreSQL. */
    record CpuTime(double jvm, double postgres) {
        CpuTime minus(CpuTime before) {
            return new CpuTime(jvm - before.jvm, postgres - before.postgres);
        }
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }
}
