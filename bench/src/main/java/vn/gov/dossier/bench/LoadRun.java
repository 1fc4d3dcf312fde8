package vn.gov.dossier.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Files dossiers over HTTP at a fixed rate (open loop: a request is sent when it is due, whether or not earlier ones
 * have been answered, as citizens and desks do), and remembers when each accepted dossier was sent.
 */
final class LoadRun {

    /** More requests than this unanswered means the system has stopped keeping up: later ones are shed, not sent. */
    private static final int MAX_OUTSTANDING = 4000;
    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"");

    private final HttpClient http;
    private final Function<String, String> authorization;
    private final URI dossiers;
    private final DossierMix mix;
    private final Pipeline pipeline;
    private final SplittableRandom random;

    /** @param authorization the {@code Authorization} header of a desk's clerk */
    LoadRun(HttpClient http, String intakeBaseUrl, Function<String, String> authorization, DossierMix mix, Pipeline pipeline, long seed) {
        this.http = http;
        this.authorization = authorization;
        this.dossiers = URI.create(intakeBaseUrl + "/api/v1/dossiers");
        this.mix = mix;
        this.pipeline = pipeline;
        this.random = new SplittableRandom(seed);
    }

    static HttpClient client() {
        ExecutorService executor = Executors.newFixedThreadPool(4, runnable -> {
            Thread thread = new Thread(runnable, "bench-http");
            thread.setDaemon(true);
            return thread;
        });
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).executor(executor).build();
    }

    /** What one run at one rate did. {@code sentAt} maps each accepted dossier's id to when its POST was sent. */
    record Result(double rate, double seconds, int sent, int accepted, int failed, int shed, int crossBoundary,
                  Map<String, Long> sentAt, List<String> errors) {
        double acceptedPerSecond() {
            return accepted / seconds;
        }
    }

    Result run(double rate, Duration duration) throws InterruptedException {
        Map<String, Long> sentAt = new ConcurrentHashMap<>();
        List<String> errors = java.util.Collections.synchronizedList(new ArrayList<>());
        AtomicInteger outstanding = new AtomicInteger();
        AtomicInteger accepted = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        AtomicLong lastAnswer = new AtomicLong();
        int sent = 0;
        int shed = 0;
        int crossBoundary = 0;
        long start = System.nanoTime();
        long end = start + duration.toNanos();
        long now;
        while ((now = System.nanoTime()) < end) {
            long due = (long) ((now - start) / 1e9 * rate);
            while (sent + shed < due) {
                if (outstanding.get() >= MAX_OUTSTANDING) {
                    shed++;
                    continue;
                }
                DossierMix.Filing filing = mix.next(random);
                if (filing.residentElsewhere()) {
                    crossBoundary++;
                }
                HttpRequest request = HttpRequest.newBuilder(dossiers)
                        .timeout(Duration.ofSeconds(30))
                        .header("Content-Type", "application/json")
                        .header("Idempotency-Key", UUID.randomUUID().toString())
                        .header("Authorization", authorization.apply(filing.desk()))
                        .POST(HttpRequest.BodyPublishers.ofString(filing.json()))
                        .build();
                long sentNanos = System.nanoTime();
                outstanding.incrementAndGet();
                sent++;
                http.sendAsync(request, HttpResponse.BodyHandlers.ofString()).whenComplete((response, error) -> {
                    outstanding.decrementAndGet();
                    lastAnswer.set(System.nanoTime());
                    if (error == null && response.statusCode() == 201) {
                        Matcher id = ID.matcher(response.body());
                        if (id.find()) {
                            sentAt.put(id.group(1), sentNanos);
                            pipeline.filed(id.group(1));
                            accepted.incrementAndGet();
                            return;
                        }
                    }
                    failed.incrementAndGet();
                    if (errors.size() < 5) {
                        errors.add(error != null ? error.toString() : response.statusCode() + " " + response.body());
                    }
                });
            }
            Thread.sleep(2);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        long waitUntil = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (outstanding.get() > 0 && System.nanoTime() < waitUntil) {
            Thread.sleep(10);
        }
        return new Result(rate, seconds, sent, accepted.get(), failed.get() + outstanding.get(), shed, crossBoundary, sentAt, List.copyOf(errors));
    }
}
