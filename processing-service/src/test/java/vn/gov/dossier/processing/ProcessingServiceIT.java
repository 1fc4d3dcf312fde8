package vn.gov.dossier.processing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.reactive.server.WebTestClient;
import vn.gov.dossier.calendar.WorkingCalendar;
import vn.gov.dossier.contracts.AuthorityLevel;
import vn.gov.dossier.contracts.AuthorityRef;
import vn.gov.dossier.contracts.CaseDeadlineFlagged;
import vn.gov.dossier.contracts.Channel;
import vn.gov.dossier.contracts.DossierRouted;
import vn.gov.dossier.contracts.EventTypes;
import vn.gov.dossier.contracts.Topics;
import vn.gov.dossier.contracts.VietnamTime;
import vn.gov.dossier.infra.KafkaProbe;
import vn.gov.dossier.platform.events.CloudEventHeaders;
import vn.gov.dossier.platform.testing.RunningService;
import vn.gov.dossier.platform.testing.TestEvents;
import vn.gov.dossier.processing.deadline.FlaggingDeadlines;

/**
 * processing-service alone, on a real Kafka broker and a real PostgreSQL: the deadline watch and the queue's metrics.
 * Two instances share one database, each running the watch every 200 ms.
 */
class ProcessingServiceIT {

    private static final String DATABASE = "processing_it";
    private static final String FAST_WATCH = "--dossier.processing.deadline-watch=PT0.2S";
    private static final String FAST_GAUGES = "--dossier.processing.gauge-refresh=PT0.2S";
    private static final WorkingCalendar CALENDAR = WorkingCalendar.standard();
    private static final AtomicInteger SEQUENCE = new AtomicInteger(new java.util.Random().nextInt(90_000));

    private static RunningService first;
    private static RunningService second;
    private static KafkaProbe kafka;

    @BeforeAll
    static void start() {
        first = RunningService.start(ProcessingApplication.class, ProcessingApplication.NAME, DATABASE, FAST_WATCH, FAST_GAUGES);
        second = RunningService.start(ProcessingApplication.class, ProcessingApplication.NAME, DATABASE, FAST_WATCH, FAST_GAUGES);
        kafka = first.kafka();
    }

    @AfterAll
    static void stop() {
        if (second != null) {
            second.close();
        }
        if (first != null) {
            first.close();
        }
    }

    @Test
    void should_flag_overdue_and_due_soon_cases_once_each_whatever_two_instances_and_a_restart_do() {
        String authority = authority("SOTP");
        OffsetDateTime now = OffsetDateTime.now(Clock.system(VietnamTime.ZONE)).truncatedTo(ChronoUnit.SECONDS);
        List<String> overdue = IntStream.range(0, 20).mapToObj(i -> route(authority, now.minusDays(1).minusMinutes(i))).toList();
        String dueSoon = route(authority, CALENDAR.plusWorkingMinutes(now, 240));
        String farOff = route(authority, CALENDAR.plusWorkingMinutes(now, 5 * 480));

        awaitFlags(authority, found -> found.size() >= 21);
        // Both instances keep watching: give them a few more runs to flag anything twice, then run both at once by hand.
        IntStream.range(0, 5).mapToObj(i -> CompletableFuture.supplyAsync(() -> watch(i % 2 == 0 ? first : second).run().block()))
                .toList().forEach(CompletableFuture::join);
        Map<String, List<CaseDeadlineFlagged>> flags = awaitFlags(authority, found -> false, Duration.ofSeconds(3));

        assertThat(flags.keySet()).containsAll(overdue).contains(dueSoon).doesNotContain(farOff);
        overdue.forEach(code -> assertThat(flags(flags, code)).as(code).containsExactly(CaseDeadlineFlagged.OVERDUE));
        assertThat(flags(flags, dueSoon)).containsExactly(CaseDeadlineFlagged.DUE_SOON);

        first.close();
        first = RunningService.start(ProcessingApplication.class, ProcessingApplication.NAME, DATABASE, FAST_WATCH, FAST_GAUGES);
        assertThat(watch(first).run().block()).as("flags raised after a restart").isZero();
        assertThat(awaitFlags(authority, found -> false, Duration.ofSeconds(2)).values().stream().mapToInt(List::size).sum()).isEqualTo(21);

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(prometheus(first))
                .contains("dossier_cases_overdue{application=\"processing-service\",authority=\"" + authority + "\"} 20.0")
                .contains("dossier_cases_due_soon{application=\"processing-service\",authority=\"" + authority + "\"} 1.0")
                .contains("dossier_cases{application=\"processing-service\",authority=\"" + authority + "\",status=\"ROUTED\"} 22.0"));
    }

    @Test
    void should_flag_an_extended_case_again_for_its_new_due_time_and_still_call_it_late() {
        String authority = authority("SOXD");
        OffsetDateTime now = OffsetDateTime.now(Clock.system(VietnamTime.ZONE)).truncatedTo(ChronoUnit.SECONDS);
        OffsetDateTime originalDue = now.minusDays(2);
        String code = route(authority, originalDue);
        awaitFlags(authority, found -> found.containsKey(code));

        OffsetDateTime newDue = CALENDAR.plusWorkingMinutes(now, 120);
        WebTestClient http = first.as("PROCESSOR", authority);
        http.post().uri("/api/v1/cases/{code}/extension", code)
                .bodyValue(Map.of("newDueAt", newDue.toString(), "reason", "Cần xác minh thêm với Sở Tài nguyên và Môi trường"))
                .exchange().expectStatus().isAccepted();
        Map<String, List<CaseDeadlineFlagged>> flags = awaitFlags(authority, found -> found.getOrDefault(code, List.of()).size() >= 2);
        assertThat(flags(flags, code)).containsExactly(CaseDeadlineFlagged.OVERDUE, CaseDeadlineFlagged.DUE_SOON);
        assertThat(flags.get(code).get(1).dueAt()).isEqualTo(newDue);
        http.get().uri("/api/v1/cases/{code}", code).exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.overdue").isEqualTo(false)
                .jsonPath("$.dueAt").value(value -> assertThat(OffsetDateTime.parse((String) value)).isEqualTo(newDue))
                .jsonPath("$.originalDueAt").value(value -> assertThat(OffsetDateTime.parse((String) value)).isEqualTo(originalDue));

        // Another authority's processor neither sees the case nor acts on it: 404, as for an unknown code; a clerk may not call.
        WebTestClient elsewhere = first.as("PROCESSOR", "STP-01");
        elsewhere.get().uri("/api/v1/cases/{code}", code).exchange().expectStatus().isNotFound();
        elsewhere.post().uri("/api/v1/cases/{code}/accept", code).exchange().expectStatus().isNotFound();
        elsewhere.get().uri("/api/v1/authorities/{id}/cases", authority).exchange().expectStatus().isNotFound();
        first.as("CLERK", "26737").post().uri("/api/v1/cases/{code}/accept", code).exchange().expectStatus().isForbidden();
        first.http().get().uri("/api/v1/cases/{code}", code).exchange().expectStatus().isUnauthorized();

        http.post().uri("/api/v1/cases/{code}/accept", code).exchange().expectStatus().isAccepted();
        http.post().uri("/api/v1/cases/{code}/decision", code).bodyValue(Map.of("outcome", "APPROVED"))
                .exchange().expectStatus().isAccepted();

        http.get().uri("/api/v1/cases/{code}", code).exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.status").isEqualTo("APPROVED")
                .jsonPath("$.timeliness").isEqualTo("LATE")
                // One entry moved the case into processing (a single value, or the expectation fails): who, where, as what.
                .jsonPath("$.history[?(@.status == 'IN_PROCESSING')].actor").isEqualTo("Cán bộ processor-" + authority)
                .jsonPath("$.history[?(@.status == 'IN_PROCESSING')].unitCode").isEqualTo(authority)
                .jsonPath("$.history[?(@.status == 'IN_PROCESSING')].role").isEqualTo("PROCESSOR");
        http.get().uri("/api/v1/authorities/{id}/cases", authority).exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.totalElements").isEqualTo(1);
        assertThat(prometheus(first))
                .containsPattern("dossier_case_decisions_total\\{application=\"processing-service\",outcome=\"APPROVED\",timeliness=\"LATE\"} [1-9]")
                .containsPattern("dossier_case_state_time_seconds_count\\{application=\"processing-service\",status=\"IN_PROCESSING\"} [1-9]")
                .containsPattern("dossier_case_state_time_seconds_count\\{application=\"processing-service\",status=\"ROUTED\"} [1-9]");
    }

    @Test
    void should_answer_a_bad_extension_with_the_field_named() {
        String authority = authority("SOYT");
        String code = route(authority, OffsetDateTime.now(VietnamTime.ZONE).plusDays(10));
        WebTestClient http = first.as("PROCESSOR", authority);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                http.get().uri("/api/v1/cases/{code}", code).exchange().expectStatus().isOk());

        http.post().uri("/api/v1/cases/{code}/extension", code)
                .bodyValue(Map.of("newDueAt", "2020-01-01T17:00:00+07:00", "reason", "xin lỗi"))
                .exchange().expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("newDueAt");
    }

    /** A fresh authority id of its own for each test (letters only, as authority ids are), so that counts start at zero. */
    private static String authority(String prefix) {
        java.util.Random random = new java.util.Random();
        return prefix + IntStream.range(0, 6).mapToObj(i -> String.valueOf((char) ('A' + random.nextInt(26)))).collect(java.util.stream.Collectors.joining());
    }

    private static String route(String authority, OffsetDateTime dueAt) {
        String code = "26737-260101-" + String.format("%05d", SEQUENCE.incrementAndGet());
        OffsetDateTime received = dueAt.minusDays(10);
        DossierRouted routed = new DossierRouted(UUID.randomUUID(), UUID.randomUUID(), code, OffsetDateTime.now(VietnamTime.ZONE), "1.001612",
                "26737", "79", Channel.DESK, received, dueAt,
                new AuthorityRef(authority, "Sở Tư pháp", AuthorityLevel.PROVINCE, null, "79", "STP"), "SUBJECT/PROVINCE/STP", false, false, null);
        TestEvents.publish(kafka, Topics.ROUTING, routed);
        return code;
    }

    private static Map<String, List<CaseDeadlineFlagged>> awaitFlags(String authority, Predicate<Map<String, List<CaseDeadlineFlagged>>> done) {
        Map<String, List<CaseDeadlineFlagged>> flags = awaitFlags(authority, done, Duration.ofSeconds(30));
        assertThat(done).as("flags seen in time: %s", flags).accepts(flags);
        return flags;
    }

    /** The deadline flags published for this authority's cases, by dossier code, in the order they were published. */
    private static Map<String, List<CaseDeadlineFlagged>> awaitFlags(String authority, Predicate<Map<String, List<CaseDeadlineFlagged>>> done,
                                                                     Duration timeout) {
        Function<List<ConsumerRecord<String, byte[]>>, Map<String, List<CaseDeadlineFlagged>>> decode = records -> records.stream()
                .filter(record -> EventTypes.typeOf(CaseDeadlineFlagged.class).equals(KafkaProbe.header(record, CloudEventHeaders.TYPE)))
                .map(record -> TestEvents.decode(record.value(), CaseDeadlineFlagged.class))
                .filter(flag -> flag.authorityId().equals(authority))
                .collect(Collectors.groupingBy(CaseDeadlineFlagged::dossierCode));
        return decode.apply(kafka.readUntil(Topics.PROCESSING, records -> done.test(decode.apply(records)), timeout));
    }

    private static List<String> flags(Map<String, List<CaseDeadlineFlagged>> flags, String code) {
        return flags.getOrDefault(code, List.of()).stream().map(CaseDeadlineFlagged::flag).toList();
    }

    private static FlaggingDeadlines watch(RunningService service) {
        return service.bean(FlaggingDeadlines.class);
    }

    private static String prometheus(RunningService service) {
        return service.management().get().uri("/actuator/prometheus").exchange().expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();
    }
}
