package vn.gov.dossier.reliability;

import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.gov.dossier.infra.DatabaseEndpoint;
import vn.gov.dossier.infra.DemoOfficers;
import vn.gov.dossier.infra.Infrastructure;
import vn.gov.dossier.stack.OutsideSystems;

/**
 * Follows every accepted dossier through every stage, from what each service stored and what the outside world got:
 * intake moved it on, routing decided, processing opened its case, the mail server received its receipt e-mail, the SMS
 * gateway its receipt SMS, the authority's inbox its notice, reporting counted it, the population database checked its
 * applicant and the national portal holds it (never sent an older state after a newer). A stage missing is a loss (until
 * the backlog drains); a stage done twice where the world can see it (a second e-mail, SMS or inbox notice, a
 * dossier counted twice) is a duplicate.
 */
final class Reconciler {

    private static final Pattern DOSSIER_CODE = Pattern.compile("\\d{5}-\\d{6}-\\d{5}");
    private static final Pattern RECEIVED = Pattern.compile("\"received\"\\s*:\\s*(\\d+)");

    /** What the stages hold for a set of dossiers. */
    record Findings(Map<String, Set<String>> missing, Map<String, Set<String>> duplicated, long reportingReceived, long intakeDossiers) {

        boolean complete() {
            return missing.isEmpty();
        }

        String describe(int limit) {
            StringBuilder text = new StringBuilder();
            missing.entrySet().stream().limit(limit).forEach(e -> text.append(e.getKey()).append(" missing ").append(e.getValue()).append('\n'));
            duplicated.entrySet().stream().limit(limit).forEach(e -> text.append(e.getKey()).append(" twice ").append(e.getValue()).append('\n'));
            return text.append("reporting received ").append(reportingReceived).append(", intake holds ").append(intakeDossiers).toString();
        }
    }

    private final Infrastructure infrastructure;
    private final OutsideSystems outside;
    private final URI reporting;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final DemoOfficers officers;

    /** @param officers for national operations' token: reporting's indicators are theirs */
    Reconciler(Infrastructure infrastructure, OutsideSystems outside, int reportingPort, DemoOfficers officers) {
        this.officers = officers;
        this.infrastructure = infrastructure;
        this.outside = outside;
        this.reporting = URI.create("http://localhost:" + reportingPort + "/api/v1/indicators?scope=national");
    }

    Findings check(Collection<String> codes) {
        Map<String, Integer> routedAtIntake = count("intake", "SELECT code FROM dossier WHERE status <> 'RECEIVED'");
        Map<String, Integer> decided = count("routing", "SELECT dossier_code FROM routing_decision");
        Map<String, Integer> cases = count("processing", "SELECT dossier_code FROM processing_case");
        Map<String, Integer> inbox = count("notification", "SELECT dossier_code FROM inbox_message");
        Map<String, Integer> counted = count("reporting", "SELECT dossier_code FROM dossier_fact WHERE received_at IS NOT NULL AND routed_at IS NOT NULL");
        Map<String, Integer> mails = codesIn(java.util.Arrays.asList(outside.mail().getReceivedMessages()), Reconciler::subject);
        Map<String, Integer> sms = codesIn(smsSent(outside.smsGateway().getAllServeEvents()), Reconciler::body);
        Map<String, Integer> checked = count("exchange", "SELECT d.code FROM identity_check c JOIN dossier d ON d.dossier_id = c.dossier_id "
                + "WHERE c.status <> 'PENDING'");
        Map<String, Integer> olderAfterNewer = outside.nationalPortal().olderAfterNewer();
        Map<String, Set<String>> missing = new HashMap<>();
        Map<String, Set<String>> duplicated = new HashMap<>();
        for (String code : codes) {
            Map<String, Integer> stages = new java.util.LinkedHashMap<>();
            stages.put("intake-routed", routedAtIntake.getOrDefault(code, 0));
            stages.put("routing-decision", decided.getOrDefault(code, 0));
            stages.put("case", cases.getOrDefault(code, 0));
            stages.put("receipt-email", mails.getOrDefault(code, 0));
            stages.put("receipt-sms", sms.getOrDefault(code, 0));
            stages.put("authority-inbox", inbox.getOrDefault(code, 0));
            stages.put("reporting", counted.getOrDefault(code, 0));
            stages.put("identity-checked", checked.getOrDefault(code, 0));
            stages.put("on-the-portal", outside.nationalPortal().dossier(code).isPresent() ? 1 : 0);
            if (olderAfterNewer.containsKey(code)) {
                duplicated.computeIfAbsent(code, c -> new TreeSet<>()).add("portal sent an older state after a newer x" + olderAfterNewer.get(code));
            }
            stages.forEach((stage, times) -> {
                if (times == 0) {
                    missing.computeIfAbsent(code, c -> new TreeSet<>()).add(stage);
                } else if (times > 1) {
                    duplicated.computeIfAbsent(code, c -> new TreeSet<>()).add(stage + " x" + times);
                }
            });
        }
        return new Findings(missing, duplicated, reportingReceived(), count("intake", "SELECT code FROM dossier").size());
    }

    private Map<String, Integer> count(String database, String query) {
        DatabaseEndpoint endpoint = infrastructure.database(database);
        Map<String, Integer> counts = new HashMap<>();
        try (Connection connection = DriverManager.getConnection(endpoint.jdbcUrl(), endpoint.username(), endpoint.password());
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(query)) {
            while (rows.next()) {
                String code = rows.getString(1);
                if (code != null) {
                    counts.merge(code, 1, Integer::sum);
                }
            }
        } catch (SQLException e) {
            // The database is restarting: nothing can be said now, and the next look will say it.
            return Map.of();
        }
        return counts;
    }

    private static <T> Map<String, Integer> codesIn(Collection<T> items, Function<T, String> text) {
        Map<String, Integer> counts = new HashMap<>();
        for (T item : items) {
            Set<String> codes = new HashSet<>();
            Matcher matcher = DOSSIER_CODE.matcher(text.apply(item));
            while (matcher.find()) {
                codes.add(matcher.group());
            }
            codes.forEach(code -> counts.merge(code, 1, Integer::sum));
        }
        return counts;
    }

    private static String subject(MimeMessage message) {
        try {
            return String.valueOf(message.getSubject());
        } catch (MessagingException e) {
            return "";
        }
    }

    /**
     * The SMS the gateway sends: one per Idempotency-Key (the notice), however many times notification tried it (a retry
     * after a timeout, a re-dispatch after being killed between the gateway's acceptance and its own commit). A real
     * gateway must honour the key (README, "Notifications"); the stand-in records every try.
     */
    private static List<ServeEvent> smsSent(List<ServeEvent> tries) {
        Map<String, ServeEvent> byKey = new java.util.LinkedHashMap<>();
        for (ServeEvent event : tries) {
            String key = event.getRequest().getHeader("Idempotency-Key");
            byKey.putIfAbsent(key == null ? event.getId().toString() : key, event);
        }
        return List.copyOf(byKey.values());
    }

    private static String body(ServeEvent event) {
        return event.getRequest().getUrl().endsWith("/messages") ? event.getRequest().getBodyAsString() : "";
    }

    private long reportingReceived() {
        try {
            HttpResponse<String> answer = http.send(HttpRequest.newBuilder(reporting).timeout(Duration.ofSeconds(5))
                            .header("Authorization", officers.bearer("ops-national")).build(),
                    HttpResponse.BodyHandlers.ofString());
            Matcher received = RECEIVED.matcher(answer.body());
            return received.find() ? Long.parseLong(received.group(1)) : -1;
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }
}
