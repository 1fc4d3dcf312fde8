package vn.gov.dossier.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.reactive.server.WebTestClient;
import vn.gov.dossier.contracts.ApplicantContact;
import vn.gov.dossier.contracts.AuthorityLevel;
import vn.gov.dossier.contracts.AuthorityRef;
import vn.gov.dossier.contracts.CaseStep;
import vn.gov.dossier.contracts.CaseStepTaken;
import vn.gov.dossier.contracts.Channel;
import vn.gov.dossier.contracts.DeskStep;
import vn.gov.dossier.contracts.DeskStepTaken;
import vn.gov.dossier.contracts.DossierRouted;
import vn.gov.dossier.contracts.DossierStatus;
import vn.gov.dossier.contracts.DossierSubmitted;
import vn.gov.dossier.contracts.Event;
import vn.gov.dossier.contracts.ResultDelivery;
import vn.gov.dossier.contracts.Timeliness;
import vn.gov.dossier.contracts.Topics;
import vn.gov.dossier.infra.DatabaseEndpoint;
import vn.gov.dossier.infra.KafkaProbe;
import vn.gov.dossier.platform.testing.RunningService;
import vn.gov.dossier.platform.testing.TestEvents;

/** reporting-service alone, on a real Kafka broker and a real PostgreSQL. */
class ReportingServiceIT {

    private static final OffsetDateTime RECEIVED = OffsetDateTime.parse("2026-03-10T09:00:00+07:00");

    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private static final Map<UUID, String> CODES = new java.util.concurrent.ConcurrentHashMap<>();

    private static RunningService reporting;
    private static KafkaProbe kafka;
    private static WebTestClient http;

    @BeforeAll
    static void start() {
        reporting = RunningService.start(ReportingApplication.class, ReportingApplication.NAME, "reporting_it",
                "--dossier.reporting.gauge-refresh=PT0.5S");
        kafka = reporting.kafka();
        // National operations: every scope.
        http = reporting.as("OPERATOR", "national");
    }

    @AfterAll
    static void stop() {
        if (reporting != null) {
            reporting.close();
        }
    }

    @Test
    void should_count_a_dossier_once_and_right_whichever_of_its_events_arrives_first() {
        UUID dossierId = UUID.randomUUID();
        String code = "19753-260310-00001";
        DossierSubmitted submitted = new DossierSubmitted(UUID.randomUUID(), dossierId, code, RECEIVED, "1.004222", "19753", "46", Channel.ONLINE,
                "26737", null, ResultDelivery.AT_DESK, RECEIVED, LocalDate.parse("2026-03-19"), OffsetDateTime.parse("2026-03-19T17:00:00+07:00"),
                new ApplicantContact("Lê Văn Cường", "0912345678", null), null, null, null, null);
        DossierRouted routed = new DossierRouted(UUID.randomUUID(), dossierId, code, RECEIVED.plusSeconds(1), "1.004222", "19753", "46",
                Channel.ONLINE, RECEIVED, submitted.dueAt(),
                new AuthorityRef("CA-26737", "Công an Phường Tân Định", AuthorityLevel.COMMUNE, "26737", "79", "CA"), "RESIDENCE/COMMUNE/CA",
                true, true, null);

        TestEvents.publish(kafka, Topics.ROUTING, routed);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> indicators("commune:19753").jsonPath("$.routed").isEqualTo(1));
        TestEvents.publish(kafka, Topics.INTAKE, submitted);
        TestEvents.publish(kafka, Topics.INTAKE, submitted);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> indicators("commune:19753")
                .jsonPath("$.received").isEqualTo(1)
                .jsonPath("$.receivedByChannel.ONLINE").isEqualTo(1)
                .jsonPath("$.onlineRate").isEqualTo(1.0)
                .jsonPath("$.crossBoundary").isEqualTo(1)
                .jsonPath("$.interProvincial").isEqualTo(1)
                .jsonPath("$.inProgress").isEqualTo(1)
                .jsonPath("$.overdue").isEqualTo(1));
        indicators("authority:CA-26737").jsonPath("$.received").isEqualTo(1);
        indicators("province:46").jsonPath("$.received").isEqualTo(1);
    }

    /**
     * Seven dossiers in February 2025, their events published out of order across topics (processing's first, then
     * routing's, then intake's, some twice); each scope's indicators are those computed by hand in the comments.
     */
    @Test
    void should_count_a_scripted_month_exactly_for_every_scope_and_the_same_after_a_rebuild() {
        UUID[] d = new UUID[8];
        for (int i = 1; i <= 7; i++) {
            d[i] = UUID.randomUUID();
        }
        AuthorityRef policeTanDinh = new AuthorityRef("CA-26737", "Công an Phường Tân Định", AuthorityLevel.COMMUNE, "26737", "79", "CA");
        AuthorityRef baDinh = new AuthorityRef("UBND-00004", "Ủy ban nhân dân Phường Ba Đình", AuthorityLevel.COMMUNE, "00004", "01", "UBND");
        AuthorityRef tanDinh = new AuthorityRef("UBND-26737", "Ủy ban nhân dân Phường Tân Định", AuthorityLevel.COMMUNE, "26737", "79", "UBND");
        AuthorityRef justice = new AuthorityRef("STP-79", "Sở Tư pháp Thành phố Hồ Chí Minh", AuthorityLevel.PROVINCE, null, "79", "STP");
        // D1: Ba Đình desk for a Tân Định resident: cross-boundary and inter-provincial, approved early.
        List<Event> events = new ArrayList<>(dossier(d[1], "00004", "01", Channel.DESK, policeTanDinh, true, true, "2025-02-03", "2025-02-12"));
        events.add(step(d[1], "DECIDE", "APPROVED", "2025-02-10T10:00", "2025-02-12", "EARLY"));
        // D2: online at Ba Đình, rejected on its due date.
        events.addAll(dossier(d[2], "00004", "01", Channel.ONLINE, baDinh, false, false, "2025-02-03", "2025-02-12"));
        events.add(step(d[2], "DECIDE", "REJECTED", "2025-02-12T15:00", "2025-02-12", "ON_TIME"));
        // D3: a supplement asked for, extended, decided late.
        events.addAll(dossier(d[3], "00004", "01", Channel.DESK, baDinh, false, false, "2025-02-04", "2025-02-13"));
        events.add(step(d[3], "REQUEST_SUPPLEMENT", "AWAITING_SUPPLEMENT", "2025-02-05T09:00", "2025-02-13", null));
        events.add(step(d[3], "RECEIVE_SUPPLEMENT", "IN_PROCESSING", "2025-02-06T09:00", "2025-02-14", null));
        events.add(step(d[3], "EXTEND", "IN_PROCESSING", "2025-02-17T09:00", "2025-02-24", null));
        events.add(step(d[3], "DECIDE", "APPROVED", "2025-02-20T09:00", "2025-02-24", "LATE"));
        // D4: by post at Tân Định, unresolved past its due date: overdue.
        events.addAll(dossier(d[4], "26737", "79", Channel.POSTAL, policeTanDinh, false, false, "2025-02-05", "2025-02-14"));
        // D5: online, at the Department of Justice, due in March: in progress, not overdue.
        events.addAll(dossier(d[5], "26737", "79", Channel.ONLINE, justice, false, false, "2025-02-20", "2025-03-10"));
        // D6: withdrawn.
        events.addAll(dossier(d[6], "26737", "79", Channel.DESK, policeTanDinh, false, false, "2025-02-06", "2025-02-17"));
        events.add(step(d[6], "WITHDRAW", "WITHDRAWN", "2025-02-12T10:00", "2025-02-17", null));
        // D7: a home visit, waiting for a supplement past its due date: the clock is stopped, so not overdue.
        events.addAll(dossier(d[7], "26737", "79", Channel.HOME_VISIT, tanDinh, false, false, "2025-02-17", "2025-02-26"));
        events.add(step(d[7], "REQUEST_SUPPLEMENT", "AWAITING_SUPPLEMENT", "2025-02-25T10:00", "2025-02-26", null));

        events.stream().filter(CaseStepTaken.class::isInstance).forEach(event -> TestEvents.publish(kafka, Topics.PROCESSING, event));
        events.stream().filter(DossierRouted.class::isInstance).forEach(event -> TestEvents.publish(kafka, Topics.ROUTING, event));
        events.stream().filter(DossierSubmitted.class::isInstance).forEach(event -> TestEvents.publish(kafka, Topics.INTAKE, event));
        events.stream().filter(CaseStepTaken.class::isInstance).limit(3).forEach(event -> TestEvents.publish(kafka, Topics.PROCESSING, event));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> february("national")
                .jsonPath("$.received").isEqualTo(7)
                .jsonPath("$.resolved").isEqualTo(3)
                .jsonPath("$.withdrawn").isEqualTo(1)
                .jsonPath("$.supplementRequests").isEqualTo(2));
        february("national")
                .jsonPath("$.receivedByChannel.DESK").isEqualTo(3)
                .jsonPath("$.receivedByChannel.ONLINE").isEqualTo(2)
                .jsonPath("$.receivedByChannel.POSTAL").isEqualTo(1)
                .jsonPath("$.receivedByChannel.HOME_VISIT").isEqualTo(1)
                .jsonPath("$.crossBoundary").isEqualTo(1)
                .jsonPath("$.interProvincial").isEqualTo(1)
                .jsonPath("$.routed").isEqualTo(7)
                .jsonPath("$.early").isEqualTo(1)
                .jsonPath("$.onTime").isEqualTo(1)
                .jsonPath("$.late").isEqualTo(1)
                .jsonPath("$.rejected").isEqualTo(1)
                .jsonPath("$.onTimeRate").isEqualTo(2.0 / 3)
                .jsonPath("$.onlineRate").isEqualTo(2.0 / 7)
                .jsonPath("$.inProgress").isEqualTo(3)
                .jsonPath("$.overdue").isEqualTo(1);
        for (String hanoi : List.of("province:01", "commune:00004")) {
            february(hanoi)
                    .jsonPath("$.received").isEqualTo(3)
                    .jsonPath("$.receivedByChannel.DESK").isEqualTo(2)
                    .jsonPath("$.receivedByChannel.ONLINE").isEqualTo(1)
                    .jsonPath("$.crossBoundary").isEqualTo(1)
                    .jsonPath("$.interProvincial").isEqualTo(1)
                    .jsonPath("$.resolved").isEqualTo(3)
                    .jsonPath("$.onTimeRate").isEqualTo(2.0 / 3)
                    .jsonPath("$.onlineRate").isEqualTo(1.0 / 3)
                    .jsonPath("$.inProgress").isEqualTo(0)
                    .jsonPath("$.overdue").isEqualTo(0)
                    .jsonPath("$.supplementRequests").isEqualTo(1);
        }
        for (String hcmc : List.of("province:79", "commune:26737")) {
            february(hcmc)
                    .jsonPath("$.received").isEqualTo(4)
                    .jsonPath("$.crossBoundary").isEqualTo(0)
                    .jsonPath("$.resolved").isEqualTo(0)
                    .jsonPath("$.onTimeRate").isEmpty()
                    .jsonPath("$.onlineRate").isEqualTo(0.25)
                    .jsonPath("$.inProgress").isEqualTo(3)
                    .jsonPath("$.overdue").isEqualTo(1)
                    .jsonPath("$.withdrawn").isEqualTo(1)
                    .jsonPath("$.supplementRequests").isEqualTo(1);
        }
        february("authority:CA-26737")
                .jsonPath("$.received").isEqualTo(3)
                .jsonPath("$.receivedByChannel.DESK").isEqualTo(2)
                .jsonPath("$.receivedByChannel.POSTAL").isEqualTo(1)
                .jsonPath("$.crossBoundary").isEqualTo(1)
                .jsonPath("$.resolved").isEqualTo(1)
                .jsonPath("$.early").isEqualTo(1)
                .jsonPath("$.onTimeRate").isEqualTo(1.0)
                .jsonPath("$.onlineRate").isEqualTo(0.0)
                .jsonPath("$.inProgress").isEqualTo(1)
                .jsonPath("$.overdue").isEqualTo(1)
                .jsonPath("$.withdrawn").isEqualTo(1);
        february("authority:UBND-00004")
                .jsonPath("$.received").isEqualTo(2)
                .jsonPath("$.resolved").isEqualTo(2)
                .jsonPath("$.onTime").isEqualTo(1)
                .jsonPath("$.late").isEqualTo(1)
                .jsonPath("$.rejected").isEqualTo(1)
                .jsonPath("$.onTimeRate").isEqualTo(0.5)
                .jsonPath("$.supplementRequests").isEqualTo(1);
        february("procedure:1.004222").jsonPath("$.received").isEqualTo(7);

        List<String> scopes = List.of("national", "province:01", "province:79", "commune:00004", "commune:26737", "authority:CA-26737",
                "authority:UBND-00004", "authority:STP-79", "procedure:1.004222");
        Map<String, String> before = new LinkedHashMap<>();
        scopes.forEach(scope -> before.put(scope, februaryBody(scope)));
        String csvBefore = februaryCsv();

        reporting.as("ADMIN", null).post().uri("/api/v1/projections/rebuild").exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.events").value(Number.class, read -> assertThat(read.longValue()).isGreaterThanOrEqualTo(events.size()));

        scopes.forEach(scope -> assertThat(februaryBody(scope)).as(scope).isEqualTo(before.get(scope)));
        assertThat(februaryCsv()).isEqualTo(csvBefore);
    }

    @Test
    void should_not_swap_in_a_rebuild_that_holds_less_than_the_live_projections_unless_forced() throws Exception {
        DatabaseEndpoint db = reporting.infrastructure().database("reporting_it");
        String march2025 = "/api/v1/indicators?scope=province:01&from=2025-03-01&to=2025-03-31";
        try (Connection connection = DriverManager.getConnection(db.jdbcUrl(), db.username(), db.password());
             Statement sql = connection.createStatement()) {
            // A dossier the live projections hold and the log does not (as after a broker that lost its log).
            sql.execute("INSERT INTO dossier_fact (dossier_id, dossier_code, channel, receiving_unit_code, receiving_province_code, received_at) "
                    + "VALUES ('" + UUID.randomUUID() + "', '00004-250310-00001', 'DESK', '00004', '01', '2025-03-10T09:00:00+07:00')");
            http.get().uri(march2025).exchange().expectBody().jsonPath("$.received").isEqualTo(1);

            reporting.as("ADMIN", null).post().uri("/api/v1/projections/rebuild").exchange()
                    .expectStatus().isEqualTo(409)
                    .expectBody()
                    .jsonPath("$.differences[?(@ =~ /2025-03: received, resolved, withdrawn \\[0, 0, 0\\] rebuilt, \\[1, 0, 0\\] live/)]").exists()
                    .jsonPath("$.differences[?(@ =~ /the rebuilt projections hold .*/)]").exists();
            http.get().uri(march2025).exchange().expectBody().jsonPath("$.received").isEqualTo(1);

            // Another instance is rebuilding: this one waits its turn, forced or not.
            sql.execute("INSERT INTO rebuild_lock (name, holder, since) VALUES ('rebuild', 'another-instance', now())");
            reporting.as("ADMIN", null).post().uri("/api/v1/projections/rebuild?force=true").exchange()
                    .expectStatus().isEqualTo(409).expectBody().jsonPath("$.detail").isEqualTo("A rebuild is already running.");
            sql.execute("DELETE FROM rebuild_lock");

            reporting.as("ADMIN", null).post().uri("/api/v1/projections/rebuild?force=true").exchange()
                    .expectStatus().isOk()
                    .expectBody().jsonPath("$.swapped").isEqualTo(true).jsonPath("$.differences").isNotEmpty();
            http.get().uri(march2025).exchange().expectBody().jsonPath("$.received").isEqualTo(0);
        }
    }

    @Test
    void should_write_a_csv_a_spreadsheet_opens_with_vietnamese_names_intact_and_rate_communes() throws Exception {
        UUID dossier = UUID.randomUUID();
        AuthorityRef baDinh = new AuthorityRef("UBND-00004", "Ủy ban nhân dân Phường Ba Đình", AuthorityLevel.COMMUNE, "00004", "01", "UBND");
        for (Event event : dossier(dossier, "00004", "01", Channel.ONLINE, baDinh, false, false, "2024-06-03", "2024-06-12")) {
            TestEvents.publish(kafka, event instanceof DossierSubmitted ? Topics.INTAKE : Topics.ROUTING, event);
        }
        TestEvents.publish(kafka, Topics.PROCESSING, step(dossier, "DECIDE", "APPROVED", "2024-06-05T10:00", "2024-06-12", "EARLY"));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> http.get().uri("/api/v1/indicators?scope=province:01&from=2024-06-01&to=2024-06-30")
                .exchange().expectBody().jsonPath("$.resolved").isEqualTo(1));

        byte[] csv = http.get().uri("/api/v1/indicators.csv?scope=province:01&from=2024-06-01&to=2024-06-30").exchange()
                .expectStatus().isOk()
                .expectHeader().contentType("text/csv;charset=UTF-8")
                .expectHeader().valueMatches("Content-Disposition", "attachment; filename=\"indicators-province-01-2024-06-01-2024-06-30.csv\"")
                .expectBody(byte[].class).returnResult().getResponseBody();
        assertThat(Arrays.copyOf(csv, 3)).as("UTF-8 byte-order mark").containsExactly(0xEF, 0xBB, 0xBF);
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8))).getRecords();
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).get("unit_code")).isEqualTo("00004");
        assertThat(rows.get(0).get("unit_name")).isEqualTo("Phường Ba Đình");
        assertThat(rows.get(0).get("received_online")).isEqualTo("1");
        assertThat(rows.get(0).get("on_time_rate")).isEqualTo("1.0000");

        // By default every commune of the province: the one with dossiers first, the others marked INACTIVE.
        int hanoiCommunes = vn.gov.dossier.reference.AdministrativeUnits.current().communesOf("01").size();
        http.get().uri("/api/v1/ratings?province=01&from=2024-06-01&to=2024-06-30").exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.length()").isEqualTo(hanoiCommunes)
                .jsonPath("$[0].communeCode").isEqualTo("00004")
                .jsonPath("$[0].rating").isEqualTo("GREEN")
                .jsonPath("$[0].onTimeRate").isEqualTo(1.0)
                .jsonPath("$[0].onlineRate").isEqualTo(1.0)
                .jsonPath("$[1].rating").isEqualTo("INACTIVE")
                .jsonPath("$[" + (hanoiCommunes - 1) + "].rating").isEqualTo("INACTIVE");
        http.get().uri("/api/v1/ratings?province=01&from=2024-06-01&to=2024-06-30&includeInactive=false").exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.length()").isEqualTo(1).jsonPath("$[0].communeCode").isEqualTo("00004");
        http.get().uri("/api/v1/ratings?province=99").exchange().expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("province");
    }

    @Test
    void should_count_results_handed_over_at_a_desk_by_post_and_online_by_when_they_were_handed_over() {
        AuthorityRef tanDinh = new AuthorityRef("CA-26737", "Công an phường Tân Định", AuthorityLevel.COMMUNE, "26737", "79", "CA");
        Map<ResultDelivery, UUID> dossiers = new java.util.EnumMap<>(ResultDelivery.class);
        for (ResultDelivery delivery : ResultDelivery.values()) {
            UUID id = UUID.randomUUID();
            dossiers.put(delivery, id);
            for (Event event : dossier(id, "08782", "25", Channel.DESK, tanDinh, true, true, "2024-09-03", "2024-09-12")) {
                TestEvents.publish(kafka, event instanceof DossierSubmitted ? Topics.INTAKE : Topics.ROUTING, event);
            }
            // Decided, so that none of them stays "in progress" in another test's later month.
            TestEvents.publish(kafka, Topics.PROCESSING, step(id, "DECIDE", "APPROVED", "2024-09-05T10:00", "2024-09-12", "EARLY"));
            TestEvents.publish(kafka, Topics.INTAKE, new DeskStepTaken(UUID.randomUUID(), id, CODES.get(id),
                    OffsetDateTime.parse("2024-09-10T10:00:00+07:00"), DeskStep.RESULT_HANDED_OVER, "08782", null, 0, null, null,
                    delivery == ResultDelivery.AT_DESK ? null : delivery));
            TestEvents.publish(kafka, Topics.PROCESSING, step(id, "HAND_OVER", "RETURNED", "2024-09-10T10:00", "2024-09-12", "EARLY"));
        }
        // A handover the authority never applied (no HAND_OVER step) counts nothing.
        UUID refused = UUID.randomUUID();
        for (Event event : dossier(refused, "08782", "25", Channel.DESK, tanDinh, true, true, "2024-09-03", "2024-09-12")) {
            TestEvents.publish(kafka, event instanceof DossierSubmitted ? Topics.INTAKE : Topics.ROUTING, event);
        }
        TestEvents.publish(kafka, Topics.PROCESSING, step(refused, "DECIDE", "APPROVED", "2024-09-05T10:00", "2024-09-12", "EARLY"));
        TestEvents.publish(kafka, Topics.INTAKE, new DeskStepTaken(UUID.randomUUID(), refused, CODES.get(refused),
                OffsetDateTime.parse("2024-09-10T11:00:00+07:00"), DeskStep.RESULT_HANDED_OVER, "08782", null, 0, null, null, ResultDelivery.POST));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> http.get().uri("/api/v1/indicators?scope=commune:08782&from=2024-09-01&to=2024-09-30")
                .exchange().expectBody()
                .jsonPath("$.received").isEqualTo(4)
                .jsonPath("$.returnedByDelivery.AT_DESK").isEqualTo(1)
                .jsonPath("$.returnedByDelivery.POST").isEqualTo(1)
                .jsonPath("$.returnedByDelivery.ONLINE").isEqualTo(1));
        http.get().uri("/api/v1/indicators?scope=commune:08782&from=2024-10-01&to=2024-10-31").exchange().expectBody()
                .jsonPath("$.returnedByDelivery.POST").isEqualTo(0);
        String csv = http.get().uri("/api/v1/indicators.csv?scope=province:25&from=2024-09-01&to=2024-09-30").exchange()
                .expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();
        assertThat(csv).contains("returned_at_desk,returned_post,returned_online");
    }

    @Test
    void should_show_this_years_headline_indicators_per_province_as_gauges() {
        UUID dossier = UUID.randomUUID();
        String today = java.time.LocalDate.now(vn.gov.dossier.contracts.VietnamTime.ZONE).toString();
        AuthorityRef camau = new AuthorityRef("UBND-32002", "Ủy ban nhân dân", AuthorityLevel.COMMUNE, "32002", "96", "UBND");
        for (Event event : dossier(dossier, "32002", "96", Channel.ONLINE, camau, false, false, today, today)) {
            TestEvents.publish(kafka, event instanceof DossierSubmitted ? Topics.INTAKE : Topics.ROUTING, event);
        }

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(reporting.management().get().uri("/actuator/prometheus").exchange()
                .expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody())
                .contains("dossier_indicator_received{application=\"reporting-service\",province=\"96\"} 1.0")
                .contains("dossier_indicator_online_rate{application=\"reporting-service\",province=\"96\"} 1.0")
                .contains("dossier_indicator_in_progress{application=\"reporting-service\",province=\"96\"} 1.0")
                .contains("dossier_indicator_resolved{application=\"reporting-service\",province=\"96\",timeliness=\"EARLY\"} 0.0"));
    }

    @Test
    void should_show_each_officer_the_indicators_of_their_own_scope_only() {
        String period = "&from=2025-02-01&to=2025-02-28";
        Map<String[], List<String>> allowed = new java.util.LinkedHashMap<>();
        allowed.put(new String[] {"OPERATOR", "01"}, List.of("province:01", "commune:00004", "authority:STP-01", "authority:UBND-00004"));
        allowed.put(new String[] {"CLERK", "00004"}, List.of("commune:00004"));
        allowed.put(new String[] {"PROCESSOR", "CA-26737"}, List.of("authority:CA-26737"));
        List<String> every = List.of("national", "province:01", "province:79", "commune:00004", "commune:26737", "authority:STP-01",
                "authority:CA-26737", "authority:UBND-00004", "authority:BTP", "procedure:1.004222");
        allowed.forEach((officer, scopes) -> every.forEach(scope -> reporting.as(officer[0], officer[1]).get()
                .uri("/api/v1/indicators?scope={scope}" + period, scope).exchange()
                .expectStatus().isEqualTo(scopes.contains(scope) ? 200 : 403)));
        reporting.as("OPERATOR", "79").get().uri("/api/v1/indicators.csv?scope=province:01" + period).exchange()
                .expectStatus().isForbidden()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("scope");
        reporting.as("OPERATOR", "79").get().uri("/api/v1/ratings?province=01").exchange()
                .expectStatus().isForbidden()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("province");
        reporting.as("OPERATOR", "79").get().uri("/api/v1/ratings?province=79").exchange().expectStatus().isOk();
        reporting.as("CLERK", "00004").get().uri("/api/v1/ratings?province=01").exchange().expectStatus().isForbidden();
        reporting.as("OPERATOR", "01").get().uri("/api/v1/reconciliation").exchange().expectStatus().isForbidden();
        http.get().uri("/api/v1/reconciliation").exchange().expectStatus().isOk();
        http.post().uri("/api/v1/projections/rebuild").exchange().expectStatus().isForbidden();
        reporting.http().get().uri("/api/v1/indicators?scope=national").exchange().expectStatus().isUnauthorized();
    }

    @Test
    void should_refuse_a_scope_or_a_period_that_makes_no_sense() {
        http.get().uri("/api/v1/indicators?scope=district:001").exchange()
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("scope");
        http.get().uri("/api/v1/indicators?from=2026-03-10&to=2026-03-01").exchange()
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("to");
        http.get().uri("/api/v1/indicators?from=yesterday").exchange()
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("from");
    }

    private static List<Event> dossier(UUID id, String desk, String province, Channel channel, AuthorityRef authority, boolean cross,
                                       boolean inter, String receivedOn, String dueOn) {
        String code = desk + "-" + receivedOn.substring(2).replace("-", "") + "-" + String.format("%05d", SEQUENCE.incrementAndGet());
        OffsetDateTime received = OffsetDateTime.parse(receivedOn + "T09:00:00+07:00");
        OffsetDateTime due = OffsetDateTime.parse(dueOn + "T17:00:00+07:00");
        DossierSubmitted submitted = new DossierSubmitted(UUID.randomUUID(), id, code, received, "1.004222", desk, province, channel, "26737", null,
                ResultDelivery.AT_DESK, received, due.toLocalDate(), due, new ApplicantContact("Lê Văn Cường", "0912345678", null), null, null, null, null);
        DossierRouted routed = new DossierRouted(UUID.randomUUID(), id, code, received.plusSeconds(1), "1.004222", desk, province, channel,
                received, due, authority, "RESIDENCE/COMMUNE/CA", cross, inter, null);
        CODES.put(id, code);
        return List.of(submitted, routed);
    }

    private static CaseStepTaken step(UUID id, String step, String status, String at, String dueOn, String timeliness) {
        OffsetDateTime due = OffsetDateTime.parse(dueOn + "T17:00:00+07:00");
        return new CaseStepTaken(UUID.randomUUID(), id, CODES.get(id), OffsetDateTime.parse(at + ":00+07:00"), CaseStep.valueOf(step),
                DossierStatus.valueOf(status), "Trần Văn Bình", "26737", null, due, due, timeliness == null ? null : Timeliness.valueOf(timeliness),
                null, null, null, null, null);
    }

    private static WebTestClient.BodyContentSpec february(String scope) {
        return http.get().uri("/api/v1/indicators?scope={scope}&from=2025-02-01&to=2025-02-28", scope).exchange()
                .expectStatus().isOk().expectBody();
    }

    private static String februaryBody(String scope) {
        return new String(february(scope).returnResult().getResponseBody(), StandardCharsets.UTF_8);
    }

    private static String februaryCsv() {
        return http.get().uri("/api/v1/indicators.csv?scope=national&from=2025-02-01&to=2025-02-28").exchange()
                .expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();
    }

    private static WebTestClient.BodyContentSpec indicators(String scope) {
        return http.get().uri("/api/v1/indicators?scope={scope}&from=2026-03-01&to=2026-03-31", scope).exchange()
                .expectStatus().isOk().expectBody();
    }
}
