package vn.gov.dossier.bench;

import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.DoubleAccumulator;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import vn.gov.dossier.infra.DemoOfficers;
import vn.gov.dossier.reference.AdministrativeUnits;
import vn.gov.dossier.reference.Catalogue;

/**
 * The benchmark, in one run against a local stack of its own:
 * <ol>
 *   <li>the machine's limits on the stack's own servers: PostgreSQL single-row commits per second from several
 *       clients, Kafka produce-to-consume records per second and latency;</li>
 *   <li>the maximum sustainable rate: dossiers filed over HTTP at rising rates (doubling, then bisecting); a rate is
 *       sustained when every POST is accepted and, within a few seconds of the last one, nothing is in flight any
 *       more (no consumer lag, empty outboxes, no pending notice, every dossier counted by reporting);</li>
 *   <li>a run at half that rate, for latency: POST to the routing decision on Kafka, POST to the case in
 *       processing's queue; and the database commits the services made per dossier.</li>
 * </ol>
 * Writes {@code bench/results/latest.json} (a smoke run: {@code bench/results/smoke.json}) and prints the ratios.
 */
public final class Benchmark {

    private static final double AIM_E2E_TO_COMMITS = 0.25;
    private static final double AIM_P99_ROUTED_MS = 250;

    private final boolean smoke;
    private final Duration step;
    private final Duration grace;
    private final List<Map<String, Object>> stepList = new ArrayList<>();

    private Benchmark(boolean smoke) {
        this.smoke = smoke;
        this.step = smoke ? Duration.ofSeconds(4) : Duration.ofSeconds(20);
        this.grace = Duration.ofSeconds(smoke ? 15 : 5);
    }

    public static void main(String[] args) throws Exception {
        boolean smoke = Boolean.parseBoolean(System.getProperty("bench.smoke", "false"))
                || "".equals(System.getProperty("bench.smoke"));
        Path results = Path.of("bench", "results");
        new Benchmark(smoke).run(results);
    }

    private void run(Path results) throws Exception {
        System.out.printf("Benchmark (%s run): starting the local stack ...%n", smoke ? "smoke" : "full");
        DossierMix mix = new DossierMix(Catalogue.seed(), AdministrativeUnits.current(), DossierMix.DEMO_DESKS, 0.30);
        DoubleAccumulator peakMemory = new DoubleAccumulator(Math::max, 0);
        ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "memory-sampler");
            thread.setDaemon(true);
            return thread;
        });
        Map<String, Object> out = new LinkedHashMap<>();
        try (StackProcess stack = StackProcess.start(results.resolve("stack.log"), Duration.ofMinutes(5));
             Pipeline pipeline = new Pipeline(stack)) {
            sampler.scheduleAtFixedRate(() -> peakMemory.accumulate(stack.memoryMiB()), 0, 2, TimeUnit.SECONDS);
            HttpClient http = LoadRun.client();
            // Each desk's clerk signs in at the stack's identity provider once; the load carries their tokens.
            DemoOfficers clerks = new DemoOfficers(stack.issuer());
            LoadRun load = new LoadRun(http, stack.baseUrl("intake-service"), desk -> clerks.bearer("clerk-" + desk), mix, pipeline, 20261122L);
            long filed = 0;

            System.out.println("Warming up (JIT, connection pools, the catalogue replica) ...");
            LoadRun.Result warmup = load.run(smoke ? 5 : 20, smoke ? Duration.ofSeconds(4) : Duration.ofSeconds(20));
            filed += warmup.accepted();
            if (warmup.accepted() == 0) {
                throw new IllegalStateException("intake accepted no dossier while warming up: " + warmup.errors());
            }
            drain(pipeline, filed, Duration.ofMinutes(2));

            System.out.println("Baseline: PostgreSQL single-row commits, 8 clients ...");
            double pgCommits = Baselines.postgresCommitsPerSecond(stack, 8, smoke ? Duration.ofSeconds(3) : Duration.ofSeconds(15));
            System.out.printf("  %.0f commits/s%n", pgCommits);
            System.out.println("Baseline: Kafka produce to consume ...");
            Baselines.KafkaFigures kafka = Baselines.kafka(stack, smoke ? 20_000 : 300_000, 1000, Duration.ofSeconds(smoke ? 3 : 10));
            System.out.printf("  %.0f records/s flat out; at %.0f records/s p50 %.1f ms, p99 %.1f ms%n", kafka.recordsPerSecond(),
                    kafka.latencyRate(), kafka.p50Millis(), kafka.p99Millis());

            System.out.println("Maximum sustainable rate ...");
            double good = 0;
            double goodAchieved = 0;
            double bad = Double.NaN;
            // The full run starts where the smoke run does, so that it always reports a number.
            double first = 10;
            double rate = first;
            double ceiling = smoke ? 20 : 3200;
            while (rate <= ceiling) {
                StepOutcome outcome = step(load, pipeline, rate, filed);
                filed += outcome.accepted;
                if (!outcome.sustained) {
                    bad = rate;
                    break;
                }
                good = rate;
                goodAchieved = outcome.achieved;
                rate *= 2;
            }
            for (int i = 0; !smoke && !Double.isNaN(bad) && good > 0 && i < 3; i++) {
                double middle = Math.round((good + bad) / 2);
                StepOutcome outcome = step(load, pipeline, middle, filed);
                filed += outcome.accepted;
                if (outcome.sustained) {
                    good = middle;
                    goodAchieved = outcome.achieved;
                } else {
                    bad = middle;
                }
            }
            if (good == 0) {
                throw new IllegalStateException("not even " + first + " dossiers/s were sustained; see the steps above");
            }

            double half = Math.max(1, Math.round(goodAchieved / 2));
            System.out.printf("Latency at half the maximum rate: %.0f dossiers/s ...%n", half);
            long commitsBefore = pipeline.serviceCommits();
            StackProcess.CpuTime cpuBefore = stack.cpuTime();
            LoadRun.Result halfRun = load.run(half, smoke ? Duration.ofSeconds(5) : Duration.ofSeconds(40));
            filed += halfRun.accepted();
            boolean halfDrained = drain(pipeline, filed, Duration.ofMinutes(2));
            StackProcess.CpuTime cpu = stack.cpuTime().minus(cpuBefore);
            Thread.sleep(1500); // PostgreSQL publishes its statistics at most once a second.
            long commits = pipeline.serviceCommits() - commitsBefore;
            List<Long> routed = new ArrayList<>();
            List<Long> queued = new ArrayList<>();
            for (Map.Entry<String, Long> sent : halfRun.sentAt().entrySet()) {
                Long at = pipeline.routedAt(sent.getKey());
                if (at != null) {
                    routed.add(at - sent.getValue());
                }
                Long inQueue = pipeline.queuedAt(sent.getKey());
                if (inQueue != null) {
                    queued.add(inQueue - sent.getValue());
                }
            }
            long[] routedNanos = routed.stream().mapToLong(Long::longValue).toArray();
            long[] queuedNanos = queued.stream().mapToLong(Long::longValue).toArray();

            out.put("generated_at", OffsetDateTime.now(ZoneOffset.ofHours(7)).toString());
            out.put("run", smoke ? "smoke" : "full");
            out.put("machine", machine());
            out.put("e2e_dossiers_per_s", round(goodAchieved));
            out.put("baseline_pg_commits_per_s", round(pgCommits));
            out.put("baseline_kafka_records_per_s", round(kafka.recordsPerSecond()));
            out.put("baseline_kafka_latency_at_records_per_s", kafka.latencyRate());
            out.put("baseline_kafka_p50_ms", round(kafka.p50Millis()));
            out.put("baseline_kafka_p99_ms", round(kafka.p99Millis()));
            out.put("half_rate_dossiers_per_s", round(halfRun.acceptedPerSecond()));
            out.put("p50_intake_to_routed_ms", round(Percentiles.of(routedNanos, 0.50) / 1e6));
            out.put("p99_intake_to_routed_ms", round(Percentiles.of(routedNanos, 0.99) / 1e6));
            out.put("p50_intake_to_queued_ms", round(Percentiles.of(queuedNanos, 0.50) / 1e6));
            out.put("p99_intake_to_queued_ms", round(Percentiles.of(queuedNanos, 0.99) / 1e6));
            out.put("half_rate_routed_seen", routedNanos.length + " of " + halfRun.accepted());
            out.put("half_rate_queued_seen", queuedNanos.length + " of " + halfRun.accepted());
            out.put("half_rate_drained", halfDrained);
            out.put("commits_per_dossier", round((double) commits / Math.max(1, halfRun.accepted())));
            out.put("cpu_ms_per_dossier_jvm", round(cpu.jvm() * 1000 / Math.max(1, halfRun.accepted())));
            out.put("cpu_ms_per_dossier_postgres", round(cpu.postgres() * 1000 / Math.max(1, halfRun.accepted())));
            out.put("stack_rss_mb", round(Math.max(peakMemory.get(), stack.memoryMiB())));
            double ratioPg = goodAchieved / pgCommits;
            double ratioKafka = goodAchieved / kafka.recordsPerSecond();
            out.put("ratio_e2e_to_pg_commits", round3(ratioPg));
            out.put("ratio_e2e_to_kafka_records", round3(ratioKafka));
            Map<String, Object> aims = new LinkedHashMap<>();
            aims.put("e2e_to_pg_commits_at_least", AIM_E2E_TO_COMMITS);
            aims.put("e2e_to_pg_commits_met", ratioPg >= AIM_E2E_TO_COMMITS);
            aims.put("p99_intake_to_routed_ms_below", AIM_P99_ROUTED_MS);
            aims.put("p99_intake_to_routed_met", Percentiles.of(routedNanos, 0.99) / 1e6 < AIM_P99_ROUTED_MS);
            out.put("aims", aims);
            out.put("steps", stepList);
            Map<String, Object> load_ = new LinkedHashMap<>();
            load_.put("procedures", mix.procedures().size() + " catalogued procedures weighted by procedures-popular-2025-12.csv");
            load_.put("desks", "all communes of the 34 provinces, uniformly");
            load_.put("residence_elsewhere_share", 0.30);
            load_.put("channels", "DESK 55%, ONLINE 40% (filed by the desk as the citizen's recorded helper), POSTAL 5%");
            load_.put("routing_failures_seen", pipeline.routingFailures());
            load_.put("dossiers_filed", filed);
            out.put("load", load_);
            stack.saveForChecks(http, Path.of("target"));
        } finally {
            sampler.shutdownNow();
        }
        Files.createDirectories(results);
        Path file = results.resolve(smoke ? "smoke.json" : "latest.json");
        JsonMapper json = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
        Files.writeString(file, json.writeValueAsString(out) + "\n");
        print(out, file);
    }

    private record StepOutcome(boolean sustained, int accepted, double achieved) {
    }

    private StepOutcome step(LoadRun load, Pipeline pipeline, double rate, long filedBefore) throws Exception {
        LoadRun.Result result = load.run(rate, step);
        long filed = filedBefore + result.accepted();
        long end = System.nanoTime();
        Pipeline.InFlight inFlight = awaitNothingInFlight(pipeline, filed, grace);
        double caughtUp = (System.nanoTime() - end) / 1e9;
        boolean sustained = result.failed() == 0 && result.shed() == 0 && inFlight.none();
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("rate", rate);
        record.put("achieved_per_s", round(result.acceptedPerSecond()));
        record.put("accepted", result.accepted());
        record.put("failed", result.failed());
        record.put("shed", result.shed());
        record.put("in_flight_after_grace", inFlight.toString());
        record.put("caught_up_after_s", inFlight.none() ? round(caughtUp) : null);
        record.put("sustained", sustained);
        stepList.add(record);
        System.out.printf("  %6.0f/s offered, %7.1f/s accepted, %d failed, %d shed: %s%s%n", rate, result.acceptedPerSecond(),
                result.failed(), result.shed(), sustained ? "sustained, caught up in " + round(caughtUp) + " s" : "NOT sustained, " + inFlight,
                result.errors().isEmpty() ? "" : " " + result.errors().get(0));
        if (!inFlight.none()) {
            drain(pipeline, filed, Duration.ofMinutes(3));
        }
        return new StepOutcome(sustained, result.accepted(), result.acceptedPerSecond());
    }

    /** Waits, looking every 200 ms, until nothing is in flight or {@code patience} is spent; returns what it saw last. */
    private static Pipeline.InFlight awaitNothingInFlight(Pipeline pipeline, long filed, Duration patience) throws Exception {
        long until = System.nanoTime() + patience.toNanos();
        Pipeline.InFlight inFlight = pipeline.inFlight(filed);
        while (!inFlight.none() && System.nanoTime() < until) {
            Thread.sleep(200);
            inFlight = pipeline.inFlight(filed);
        }
        return inFlight;
    }

    /** Lets a backlog empty before the next run; says so if it does not. */
    private static boolean drain(Pipeline pipeline, long filed, Duration patience) throws Exception {
        Pipeline.InFlight inFlight = awaitNothingInFlight(pipeline, filed, patience);
        if (!inFlight.none()) {
            System.out.println("  still in flight after " + patience.toSeconds() + " s: " + inFlight);
        }
        return inFlight.none();
    }

    private static Map<String, Object> machine() {
        Map<String, Object> machine = new LinkedHashMap<>();
        machine.put("cpus", Runtime.getRuntime().availableProcessors());
        machine.put("cpu_model", ProcFsInfo.cpuModel());
        machine.put("memory_gib", ProcFsInfo.memoryGiB());
        machine.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version"));
        machine.put("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
        return machine;
    }

    private void print(Map<String, Object> out, Path file) {
        System.out.println();
        System.out.println("================ benchmark results (" + out.get("run") + ") ================");
        for (String key : List.of("e2e_dossiers_per_s", "baseline_pg_commits_per_s", "baseline_kafka_records_per_s",
                "half_rate_dossiers_per_s", "p50_intake_to_routed_ms", "p99_intake_to_routed_ms", "p99_intake_to_queued_ms",
                "commits_per_dossier", "cpu_ms_per_dossier_jvm", "cpu_ms_per_dossier_postgres", "stack_rss_mb")) {
            System.out.printf("  %-30s %s%n", key, out.get(key));
        }
        System.out.printf("  e2e / PostgreSQL commits       %s   (aim >= %.2f)%n", out.get("ratio_e2e_to_pg_commits"), AIM_E2E_TO_COMMITS);
        System.out.printf("  e2e / Kafka records            %s%n", out.get("ratio_e2e_to_kafka_records"));
        System.out.printf("  p99 intake to routed           %s ms   (aim < %.0f ms)%n", out.get("p99_intake_to_routed_ms"), AIM_P99_ROUTED_MS);
        System.out.println("  written to " + file);
    }

    private static double round(double value) {
        return Double.isNaN(value) ? value : Math.round(value * 10) / 10.0;
    }

    private static double round3(double value) {
        return Math.round(value * 1000) / 1000.0;
    }
}
