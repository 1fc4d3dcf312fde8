package vn.gov.dossier.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.reactive.server.WebTestClient;
import vn.gov.dossier.contracts.DeskStep;
import vn.gov.dossier.contracts.DeskStepTaken;
import vn.gov.dossier.contracts.DossierRouted;
import vn.gov.dossier.contracts.DossierSubmitted;
import vn.gov.dossier.contracts.RoutingFailed;
import vn.gov.dossier.contracts.Topics;
import vn.gov.dossier.infra.KafkaProbe;
import vn.gov.dossier.platform.events.CloudEventHeaders;
import vn.gov.dossier.platform.metrics.MetricNames;
import vn.gov.dossier.platform.testing.RunningService;
import vn.gov.dossier.platform.testing.TestEvents;
import vn.gov.dossier.reference.AdministrativeUnits;
import vn.gov.dossier.reference.Commune;

/** routing-service alone, on a real Kafka broker and a real PostgreSQL. */
class RoutingServiceIT {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final String DEAD_LETTERS = Topics.deadLetter(Topics.INTAKE, RoutingApplication.NAME);

    private static RunningService routing;
    private static KafkaProbe kafka;
    private static WebTestClient http;

    @BeforeAll
    static void start() {
        routing = RunningService.start(RoutingApplication.class, RoutingApplication.NAME, "routing_it");
        kafka = routing.kafka();
        // An administrator: the manual-routing queue is theirs, and they read every decision.
        http = routing.as("ADMIN", null);
    }

    @AfterAll
    static void stop() {
        if (routing != null) {
            routing.close();
        }
    }

    @Test
    void should_route_to_the_ward_police_of_residence_when_the_desk_is_in_another_province() {
        DossierSubmitted submitted = DossierSubmittedMother.residenceRegistrationFiledInHanoiForHcmcResident();

        TestEvents.publish(kafka, Topics.INTAKE, submitted);

        awaitDecision(submitted.dossierCode())
                .jsonPath("$.authority.id").isEqualTo("CA-26737")
                .jsonPath("$.authority.name").isEqualTo("Công an Phường Tân Định")
                .jsonPath("$.rule").isEqualTo("RESIDENCE/COMMUNE/CA")
                .jsonPath("$.crossBoundary").isEqualTo(true)
                .jsonPath("$.interProvincial").isEqualTo(true);
        ConsumerRecord<String, byte[]> published = routedEventsOf(submitted.dossierCode(), 1).get(0);
        assertThat(published.key()).isEqualTo(submitted.dossierId().toString());
        assertThat(KafkaProbe.header(published, CloudEventHeaders.TYPE)).isEqualTo(DossierRouted.TYPE);
        assertThat(KafkaProbe.header(published, CloudEventHeaders.SOURCE)).isEqualTo("urn:dossier:routing-service");
        DossierRouted routed = TestEvents.decode(published.value(), DossierRouted.class);
        assertThat(KafkaProbe.header(published, CloudEventHeaders.ID)).isEqualTo(routed.eventId().toString());
        assertThat(routed.dueAt()).isEqualTo(submitted.dueAt());
        assertThat(routed.authority().provinceCode()).isEqualTo("79");
    }

    @Test
    void should_change_nothing_when_the_same_event_is_delivered_twice() {
        DossierSubmitted submitted = DossierSubmittedMother.residenceRegistrationFiledInHanoiForHcmcResident();
        double skippedBefore = duplicatesSkipped();

        TestEvents.publish(kafka, Topics.INTAKE, submitted);
        TestEvents.publish(kafka, Topics.INTAKE, submitted);

        awaitDecision(submitted.dossierCode());
        await().atMost(PATIENCE).until(() -> duplicatesSkipped() >= skippedBefore + 1);
        assertThat(routedEventsOf(submitted.dossierCode(), 2)).as("events published for one dossier delivered twice").hasSize(1);
    }

    @Test
    void should_send_a_poison_message_to_the_dead_letter_topic_while_the_next_message_still_flows() {
        String poisonId = UUID.randomUUID().toString();
        DossierSubmitted next = DossierSubmittedMother.residenceRegistrationFiledInHanoiForHcmcResident();
        double deadLettersBefore = counted(MetricNames.DEAD_LETTERS, "group", RoutingApplication.NAME);

        kafka.send(Topics.INTAKE, "poison", "{ not json".getBytes(StandardCharsets.UTF_8), Map.of(
                CloudEventHeaders.ID, poisonId, CloudEventHeaders.TYPE, DossierSubmitted.TYPE, CloudEventHeaders.SPEC_VERSION, "1.0"));
        kafka.send(Topics.INTAKE, "no-envelope", "{}".getBytes(StandardCharsets.UTF_8), Map.of());
        TestEvents.publish(kafka, Topics.INTAKE, next);

        awaitDecision(next.dossierCode()).jsonPath("$.authority.id").isEqualTo("CA-26737");
        List<ConsumerRecord<String, byte[]>> deadLetters = kafka.readUntil(DEAD_LETTERS,
                records -> records.stream().anyMatch(r -> "no-envelope".equals(r.key()))
                        && records.stream().anyMatch(r -> poisonId.equals(KafkaProbe.header(r, CloudEventHeaders.ID))), PATIENCE);
        assertThat(deadLetters).extracting(ConsumerRecord::key).contains("poison", "no-envelope");
        assertThat(counted(MetricNames.DEAD_LETTERS, "group", RoutingApplication.NAME)).isEqualTo(deadLettersBefore + 2);
    }

    @Test
    void should_queue_a_dossier_no_rule_can_route_for_manual_routing() {
        DossierSubmitted uncatalogued = DossierSubmittedMother.submitted("9.999999", "00004", "01", "00004", null);

        TestEvents.publish(kafka, Topics.INTAKE, uncatalogued);

        await().atMost(PATIENCE).untilAsserted(() -> http.get().uri("/api/v1/routing/failures").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$[?(@.dossierCode == '%s')].reason".formatted(uncatalogued.dossierCode()))
                .isEqualTo("procedure 9.999999 is not offered in the catalogue"));
        ConsumerRecord<String, byte[]> failed = kafka.readUntil(Topics.ROUTING,
                records -> records.stream().anyMatch(r -> uncatalogued.dossierCode().equals(KafkaProbe.header(r, CloudEventHeaders.SUBJECT))),
                PATIENCE).stream().filter(r -> uncatalogued.dossierCode().equals(KafkaProbe.header(r, CloudEventHeaders.SUBJECT))).findFirst().orElseThrow();
        assertThat(KafkaProbe.header(failed, CloudEventHeaders.TYPE)).isEqualTo(RoutingFailed.TYPE);
        http.get().uri("/api/v1/routing/decisions/{code}", uncatalogued.dossierCode()).exchange()
                .expectStatus().isNotFound()
                .expectHeader().contentType("application/problem+json");
    }

    @Test
    void should_route_a_dossier_from_the_manual_queue_to_the_authority_an_administrator_assigns() {
        DossierSubmitted uncatalogued = DossierSubmittedMother.submitted("9.999998", "00004", "01", "00004", null);
        TestEvents.publish(kafka, Topics.INTAKE, uncatalogued);
        await().atMost(PATIENCE).untilAsserted(() -> http.get().uri("/api/v1/routing/failures").exchange()
                .expectBody().jsonPath("$[?(@.dossierCode == '%s')]".formatted(uncatalogued.dossierCode())).exists());
        // Only an administrator routes by hand, or even sees the queue.
        routing.as("CLERK", "00004").get().uri("/api/v1/routing/failures").exchange().expectStatus().isForbidden();
        routing.as("PROCESSOR", "STP-79").post().uri("/api/v1/routing/failures/{code}/assignment", uncatalogued.dossierCode())
                .bodyValue(Map.of("authorityId", "STP-79")).exchange()
                .expectStatus().isForbidden();

        http.post().uri("/api/v1/routing/failures/{code}/assignment", uncatalogued.dossierCode())
                .bodyValue(Map.of("authorityId", "NOPE-01")).exchange()
                .expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("authorityId");
        http.post().uri("/api/v1/routing/failures/{code}/assignment", uncatalogued.dossierCode())
                .bodyValue(Map.of("authorityId", "STP-79")).exchange()
                .expectStatus().isAccepted();

        awaitDecision(uncatalogued.dossierCode())
                .jsonPath("$.rule").isEqualTo("MANUAL")
                .jsonPath("$.authority.name").isEqualTo("Sở Tư pháp Thành phố Hồ Chí Minh")
                .jsonPath("$.interProvincial").isEqualTo(true);
        List<ConsumerRecord<String, byte[]>> events = routedEventsOf(uncatalogued.dossierCode(), 2);
        assertThat(events).extracting(r -> KafkaProbe.header(r, CloudEventHeaders.TYPE)).containsExactly(RoutingFailed.TYPE, DossierRouted.TYPE);
        tools.jackson.databind.JsonNode by = tools.jackson.databind.json.JsonMapper.builder().build().readTree(events.get(1).value()).get("by");
        assertThat(by.get("name").asString()).isEqualTo("Cán bộ admin");
        assertThat(by.get("role").asString()).isEqualTo("ADMIN");
        // The authority it went to reads the decision; another authority's processor gets a 404; a desk reads any.
        routing.as("PROCESSOR", "STP-79").get().uri("/api/v1/routing/decisions/{code}", uncatalogued.dossierCode()).exchange()
                .expectStatus().isOk();
        routing.as("PROCESSOR", "CA-26737").get().uri("/api/v1/routing/decisions/{code}", uncatalogued.dossierCode()).exchange()
                .expectStatus().isNotFound();
        routing.as("CLERK", "08782").get().uri("/api/v1/routing/decisions/{code}", uncatalogued.dossierCode()).exchange()
                .expectStatus().isOk();
        http.get().uri("/api/v1/routing/failures").exchange()
                .expectBody().jsonPath("$[?(@.dossierCode == '%s')]".formatted(uncatalogued.dossierCode())).doesNotExist();
        http.post().uri("/api/v1/routing/failures/{code}/assignment", uncatalogued.dossierCode())
                .bodyValue(Map.of("authorityId", "STP-79")).exchange()
                .expectStatus().isNotFound();
    }

    @Test
    void should_take_a_dossier_withdrawn_at_a_desk_out_of_the_manual_routing_queue() {
        DossierSubmitted uncatalogued = DossierSubmittedMother.submitted("9.999997", "00004", "01", "00004", null);
        TestEvents.publish(kafka, Topics.INTAKE, uncatalogued);
        await().atMost(PATIENCE).untilAsserted(() -> http.get().uri("/api/v1/routing/failures").exchange()
                .expectBody().jsonPath("$[?(@.dossierCode == '%s')]".formatted(uncatalogued.dossierCode())).exists());

        TestEvents.publish(kafka, Topics.INTAKE, new DeskStepTaken(UUID.randomUUID(), uncatalogued.dossierId(), uncatalogued.dossierCode(),
                uncatalogued.receivedAt().plusMinutes(5), DeskStep.WITHDRAWAL_REQUESTED, "00004", "Công dân không còn nhu cầu", 0, null, null, null));

        await().atMost(PATIENCE).untilAsserted(() -> http.get().uri("/api/v1/routing/failures").exchange()
                .expectBody().jsonPath("$[?(@.dossierCode == '%s')]".formatted(uncatalogued.dossierCode())).doesNotExist());
        http.post().uri("/api/v1/routing/failures/{code}/assignment", uncatalogued.dossierCode())
                .bodyValue(Map.of("authorityId", "STP-79")).exchange()
                .expectStatus().isNotFound();
        http.get().uri("/api/v1/routing/decisions/{code}", uncatalogued.dossierCode()).exchange().expectStatus().isNotFound();
    }

    @Test
    void should_answer_for_every_one_of_the_3321_communes_and_each_province() {
        AdministrativeUnits units = AdministrativeUnits.current();
        assertThat(units.communes()).hasSize(3321);

        for (Commune commune : units.communes()) {
            http.get().uri("/api/v1/units/{code}", commune.code()).exchange()
                    .expectStatus().isOk()
                    .expectBody()
                    .jsonPath("$.code").isEqualTo(commune.code())
                    .jsonPath("$.name").isEqualTo(commune.name())
                    .jsonPath("$.provinceCode").isEqualTo(commune.provinceCode());
        }
        int listed = 0;
        for (var province : units.provinces()) {
            listed += http.get().uri("/api/v1/units?province={code}", province.code()).exchange()
                    .expectStatus().isOk().expectBodyList(Map.class).returnResult().getResponseBody().size();
        }
        assertThat(listed).isEqualTo(3321);
        http.get().uri("/api/v1/units/26368?on=2026-01-15").exchange()
                .expectBody().jsonPath("$.type").isEqualTo("XA").jsonPath("$.provinceName").isEqualTo("Tỉnh Đồng Nai");
        http.get().uri("/api/v1/units/26368?on=2026-05-04").exchange()
                .expectBody().jsonPath("$.type").isEqualTo("PHUONG").jsonPath("$.provinceName").isEqualTo("Thành phố Đồng Nai");
        http.get().uri("/api/v1/units/99999").exchange().expectStatus().isNotFound();
        http.get().uri("/api/v1/units?province=99").exchange().expectStatus().isBadRequest();
    }

    @Test
    void should_find_procedures_and_communes_by_what_a_clerk_types_without_tone_marks() {
        http.get().uri("/api/v1/procedures?q=khai sinh").exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.content[*].name").value(names -> assertThat((List<String>) names).isNotEmpty()
                        .allSatisfy(name -> assertThat(name).containsIgnoringCase("khai sinh")));
        http.get().uri("/api/v1/procedures?q=1.004222").exchange().expectBody().jsonPath("$.content[0].code").isEqualTo("1.004222")
                .jsonPath("$.content[0].requiredPapers[0].title").isEqualTo("Tờ khai thay đổi thông tin cư trú")
                .jsonPath("$.content[0].requiredPapers[0].source").isEqualTo("Luật Cư trú 2020 Art. 21(1)");
        http.get().uri("/api/v1/units?q=tan dinh&province=79").exchange().expectStatus().isOk().expectBody()
                .jsonPath("$[0].code").isEqualTo("26737").jsonPath("$.length()").isEqualTo(1);
        http.get().uri("/api/v1/procedures?q=dang ky thuong tru").exchange().expectBody().jsonPath("$.content[0].code").isEqualTo("1.004222");
        // Phường Đa Kao was split between Tân Định and Sài Gòn: both are offered, never one guessed.
        http.get().uri("/api/v1/units/former?q=da kao").exchange().expectStatus().isOk().expectBody()
                .jsonPath("$[0].formerCode").isEqualTo("26737").jsonPath("$[0].ambiguous").isEqualTo(true)
                .jsonPath("$[0].candidates[*].code").value(codes -> assertThat((List<String>) codes).containsExactly("26737", "26740"));
        http.get().uri("/api/v1/units?q=a").exchange().expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("q");
        http.get().uri("/api/v1/units").exchange().expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("province");
    }

    private static WebTestClient.BodyContentSpec awaitDecision(String dossierCode) {
        await().atMost(PATIENCE).untilAsserted(() ->
                http.get().uri("/api/v1/routing/decisions/{code}", dossierCode).exchange().expectStatus().isOk());
        return http.get().uri("/api/v1/routing/decisions/{code}", dossierCode).exchange().expectStatus().isOk().expectBody();
    }

    /** Reads dossier.routing until it has seen {@code enough} events of the dossier or the patience runs out. */
    private static List<ConsumerRecord<String, byte[]>> routedEventsOf(String dossierCode, int enough) {
        Duration wait = enough > 1 ? Duration.ofSeconds(5) : PATIENCE;
        return kafka.readUntil(Topics.ROUTING, records -> ofDossier(records, dossierCode).size() >= enough, wait).stream()
                .filter(record -> dossierCode.equals(KafkaProbe.header(record, CloudEventHeaders.SUBJECT)))
                .toList();
    }

    private static List<ConsumerRecord<String, byte[]>> ofDossier(List<ConsumerRecord<String, byte[]>> records, String dossierCode) {
        return records.stream().filter(record -> dossierCode.equals(KafkaProbe.header(record, CloudEventHeaders.SUBJECT))).toList();
    }

    private static double duplicatesSkipped() {
        return counted(MetricNames.INBOX_DUPLICATES, "consumer", RoutingApplication.NAME);
    }

    private static double counted(String metric, String tag, String value) {
        return routing.bean(MeterRegistry.class).find(metric).tag(tag, value).counters().stream()
                .mapToDouble(counter -> counter.count()).sum();
    }
}
