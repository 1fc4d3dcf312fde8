package vn.gov.dossier.reliability;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.gov.dossier.infra.DemoOfficers;

/**
 * Desks filing dossiers at a steady rate, as desk software would: each dossier with its own {@code Idempotency-Key},
 * sent again with the same key while intake does not answer (down, restarting, its database away), until it is answered.
 * Each desk's own clerk files, with their access token. A dossier counts as accepted only when a 201 (or the 200 of a repeat) names its code: the receipt the citizen holds.
 */
final class Desks implements AutoCloseable {

    private static final Pattern CODE = Pattern.compile("\"code\"\\s*:\\s*\"([^\"]+)\"");
    private static final Duration GIVE_UP = Duration.ofSeconds(180);
    private static final List<String[]> CASES = List.of(
            // procedure, desk, residence: a Hồ Chí Minh City resident registering residence at a Hà Nội desk …
            new String[] {"1.004222", "00004", "26737"},
            // … a certified copy the desk's own commune decides …
            new String[] {"2.000815", "26737", "26737"},
            // … and a birth registration in the commune of residence, filed in another province.
            new String[] {"1.001193", "08782", "00004"});

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final URI intake;
    private final ScheduledExecutorService clock = Executors.newSingleThreadScheduledExecutor();
    private final ExecutorService senders = Executors.newFixedThreadPool(24);
    private final Map<String, String> accepted = new ConcurrentHashMap<>();
    private final List<String> refused = java.util.Collections.synchronizedList(new ArrayList<>());
    private final AtomicInteger sent = new AtomicInteger();
    private final AtomicInteger retries = new AtomicInteger();
    private final String run;

    private final DemoOfficers officers;

    /** @param officers the clerks of the desks, signed in at the identity provider */
    Desks(int intakePort, String run, DemoOfficers officers) {
        this.intake = URI.create("http://localhost:" + intakePort + "/api/v1/dossiers");
        this.run = run;
        this.officers = officers;
    }

    /** Starts filing {@code perSecond} dossiers a second until {@link #stop}. */
    void start(int perSecond) {
        clock.scheduleAtFixedRate(() -> {
            int number = sent.incrementAndGet();
            senders.submit(() -> file(number));
        }, 0, 1_000_000 / perSecond, TimeUnit.MICROSECONDS);
    }

    /** Stops filing, and waits until every dossier sent is answered (or given up on). */
    void stop() {
        clock.shutdownNow();
        senders.shutdown();
        try {
            senders.awaitTermination(GIVE_UP.toSeconds() + 10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Idempotency key → dossier code, for every dossier answered 201 or 200. */
    Map<String, String> accepted() {
        return Map.copyOf(accepted);
    }

    /** Dossiers answered 4xx (they were valid: a bug), or never answered. */
    List<String> refused() {
        return List.copyOf(refused);
    }

    int retries() {
        return retries.get();
    }

    private void file(int number) {
        String key = run + "-" + number;
        String[] which = CASES.get(number % CASES.size());
        String body = """
                {"procedureCode":"%s","receivingUnitCode":"%s","channel":"DESK",
                 "applicant":{"fullName":"Nguyễn Văn An","idNumber":"001099012345","phone":"0912345678",
                              "email":"%s@example.vn","residenceUnitCode":"%s"},
                 "resultDelivery":"AT_DESK"}""".formatted(which[0], which[1], key, which[2]);
        HttpRequest request = HttpRequest.newBuilder(intake).timeout(Duration.ofSeconds(10)).header("Content-Type", "application/json")
                .header("Authorization", officers.bearer("clerk-" + which[1]))
                .header("Idempotency-Key", key).POST(HttpRequest.BodyPublishers.ofString(body)).build();
        long deadline = System.nanoTime() + GIVE_UP.toNanos();
        while (System.nanoTime() < deadline) {
            try {
                HttpResponse<String> answer = http.send(request, HttpResponse.BodyHandlers.ofString());
                int status = answer.statusCode();
                if (status == 201 || status == 200) {
                    Matcher code = CODE.matcher(answer.body());
                    if (code.find()) {
                        accepted.put(key, code.group(1));
                        return;
                    }
                }
                if (status >= 400 && status < 500) {
                    refused.add(key + " answered " + status + ": " + answer.body());
                    return;
                }
            } catch (IOException e) {
                // intake down or restarting: the desk tries again with the same key
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            retries.incrementAndGet();
            ServiceProcess.sleep(Duration.ofMillis(500));
        }
        refused.add(key + " never answered within " + GIVE_UP);
    }

    @Override
    public void close() {
        clock.shutdownNow();
        senders.shutdownNow();
    }
}
