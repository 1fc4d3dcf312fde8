package vn.gov.dossier.exchange;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import vn.gov.dossier.contracts.Actor;
import vn.gov.dossier.contracts.ApplicantContact;
import vn.gov.dossier.contracts.AuthorityLevel;
import vn.gov.dossier.contracts.AuthorityRef;
import vn.gov.dossier.contracts.CaseStep;
import vn.gov.dossier.contracts.CaseStepTaken;
import vn.gov.dossier.contracts.Channel;
import vn.gov.dossier.contracts.DossierRouted;
import vn.gov.dossier.contracts.DossierStatus;
import vn.gov.dossier.contracts.DossierSubmitted;
import vn.gov.dossier.contracts.IdentityChecked;
import vn.gov.dossier.contracts.PostalAddress;
import vn.gov.dossier.contracts.ResultDelivered;
import vn.gov.dossier.contracts.ResultDelivery;
import vn.gov.dossier.contracts.Topics;
import vn.gov.dossier.infra.KafkaProbe;
import vn.gov.dossier.platform.testing.RunningService;
import vn.gov.dossier.platform.testing.TestEvents;

/**
 * exchange-service on a real Kafka broker and a real PostgreSQL, with the population database, the national portal and
 * the postal service as WireMock stand-ins speaking their HTTP APIs.
 */
class ExchangeServiceIT {

    private static final OffsetDateTime RECEIVED = OffsetDateTime.parse("2026-11-23T09:00:00+07:00");
    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private static WireMockServer population;
    private static WireMockServer portal;
    private static WireMockServer postal;
    private static RunningService exchange;
    private static KafkaProbe kafka;

    @BeforeAll
    static void start() {
        population = new WireMockServer(WireMockConfiguration.options().dynamicPort());
        population.start();
        population.stubFor(post(urlEqualTo("/citizens/verify")).willReturn(aResponse().withHeader("Content-Type", "application/json")
                .withBody("{\"result\":\"MATCHED\"}")));
        portal = new WireMockServer(WireMockConfiguration.options().dynamicPort());
        portal.start();
        portal.stubFor(put(urlPathMatching("/dossiers/.*")).willReturn(aResponse().withStatus(204)));
        postal = new WireMockServer(WireMockConfiguration.options().dynamicPort());
        postal.start();
        postal.stubFor(post(urlEqualTo("/shipments")).willReturn(aResponse().withHeader("Content-Type", "application/json")
                .withBody("{\"trackingNumber\":\"EB123456789VN\"}")));
        postal.stubFor(get(urlEqualTo("/shipments/EB123456789VN")).willReturn(aResponse().withHeader("Content-Type", "application/json")
                .withBody("{\"trackingNumber\":\"EB123456789VN\",\"status\":\"DELIVERED\",\"at\":\"2026-11-27T10:00:00+07:00\"}")));
        exchange = RunningService.start(ExchangeApplication.class, ExchangeApplication.NAME, "exchange_it",
                "--dossier.national.population-url=" + population.baseUrl(),
                "--dossier.national.portal-url=" + portal.baseUrl(),
                "--dossier.national.postal-url=" + postal.baseUrl(),
                "--dossier.national.tracking-interval=PT0.5S");
        kafka = exchange.kafka();
    }

    @AfterAll
    static void stop() {
        if (exchange != null) {
            exchange.close();
        }
        for (WireMockServer server : new WireMockServer[] {population, portal, postal}) {
            if (server != null) {
                server.stop();
            }
        }
    }

    @Test
    void should_check_the_applicant_once_and_tell_the_desk_and_the_other_services() {
        DossierSubmitted submitted = submitted(ResultDelivery.AT_DESK, null);

        TestEvents.publish(kafka, Topics.INTAKE, submitted);
        TestEvents.publish(kafka, Topics.INTAKE, again(submitted));

        await().atMost(PATIENCE).untilAsserted(() -> exchange.as("CLERK", "00004").get()
                .uri("/api/v1/dossiers/{code}/identity-check", submitted.dossierCode()).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.status").isEqualTo("MATCHED").jsonPath("$.askedBy").isEqualTo("Nguyễn Thị Lan"));
        exchange.as("CLERK", "26737").get().uri("/api/v1/dossiers/{code}/identity-check", submitted.dossierCode()).exchange()
                .expectStatus().isNotFound();
        assertThat(population.findAll(postRequestedFor(urlEqualTo("/citizens/verify"))
                .withRequestBody(matchingJsonPath("$.idNumber", equalTo(submitted.applicant().idNumber()))))).as("asked once").hasSize(1);
        List<ConsumerRecord<String, byte[]>> told = kafka.readUntil(Topics.EXCHANGE,
                records -> records.stream().anyMatch(record -> isAbout(record, IdentityChecked.TYPE, submitted)), PATIENCE);
        assertThat(told).filteredOn(record -> isAbout(record, IdentityChecked.TYPE, submitted)).singleElement()
                .satisfies(record -> assertThat(TestEvents.decode(record.value(), IdentityChecked.class).verdict()).isEqualTo("MATCHED"));
    }

    @Test
    void should_send_the_portal_each_newer_state_whatever_order_the_topics_arrive_in_and_nothing_on_a_replay() {
        DossierSubmitted submitted = submitted(ResultDelivery.AT_DESK, null);
        DossierRouted routed = routed(submitted);
        CaseStepTaken accepted = step(submitted, CaseStep.ACCEPT, DossierStatus.IN_PROCESSING, 2);

        // Processing's and routing's events come before intake's own.
        TestEvents.publish(kafka, Topics.PROCESSING, accepted);
        TestEvents.publish(kafka, Topics.ROUTING, routed);
        TestEvents.publish(kafka, Topics.INTAKE, submitted);

        await().atMost(PATIENCE).untilAsserted(() -> assertThat(lastSentToPortal(submitted.dossierCode()))
                .containsEntry("status", "IN_PROCESSING").containsEntry("authorityId", "CA-26737").containsEntry("channel", "DESK"));
        List<Map<String, Object>> sent = sentToPortal(submitted.dossierCode());
        assertThat(sent).extracting(record -> ((Number) record.get("version")).longValue()).isSorted().doesNotHaveDuplicates();
        List<String> lifecycle = List.of("RECEIVED", "ROUTED", "IN_PROCESSING", "APPROVED");
        assertThat(sent).extracting(record -> lifecycle.indexOf((String) record.get("status"))).as("never an older state after a newer")
                .isSorted().last().isEqualTo(2);

        // The same facts again (a replay of the topics beyond the inbox's memory): the portal holds them already.
        TestEvents.publish(kafka, Topics.INTAKE, again(submitted));
        TestEvents.publish(kafka, Topics.ROUTING, again(routed));
        TestEvents.publish(kafka, Topics.PROCESSING, again(accepted));
        CaseStepTaken decided = step(submitted, CaseStep.DECIDE, DossierStatus.APPROVED, 3);
        TestEvents.publish(kafka, Topics.PROCESSING, decided);

        await().atMost(PATIENCE).untilAsserted(() -> assertThat(lastSentToPortal(submitted.dossierCode())).containsEntry("status", "APPROVED"));
        assertThat(sentToPortal(submitted.dossierCode())).as("the replay sent nothing; the decision once").hasSize(sent.size() + 1);
    }

    @Test
    void should_dispatch_a_result_going_by_post_once_follow_it_and_announce_its_delivery() {
        PostalAddress address = new PostalAddress("26737", "15 Trần Quang Khải", "Phạm Văn Thọ");
        DossierSubmitted submitted = submitted(ResultDelivery.POST, address);
        TestEvents.publish(kafka, Topics.INTAKE, submitted);
        CaseStepTaken ready = step(submitted, CaseStep.MARK_RESULT_READY, DossierStatus.RESULT_READY, 4);
        TestEvents.publish(kafka, Topics.PROCESSING, ready);
        TestEvents.publish(kafka, Topics.PROCESSING, again(ready));

        List<ConsumerRecord<String, byte[]>> told = kafka.readUntil(Topics.EXCHANGE,
                records -> records.stream().anyMatch(record -> isAbout(record, ResultDelivered.TYPE, submitted)), PATIENCE);
        assertThat(told).filteredOn(record -> isAbout(record, ResultDelivered.TYPE, submitted)).singleElement()
                .satisfies(record -> assertThat(TestEvents.decode(record.value(), ResultDelivered.class))
                        .satisfies(delivered -> {
                            assertThat(delivered.trackingNumber()).isEqualTo("EB123456789VN");
                            assertThat(delivered.receivingUnitCode()).isEqualTo("00004");
                        }));
        assertThat(postal.findAll(postRequestedFor(urlEqualTo("/shipments")).withHeader("Idempotency-Key",
                equalTo("result-" + submitted.dossierCode())))).as("one shipment").hasSize(1);
        exchange.as("CLERK", "00004").get().uri("/api/v1/dossiers/{code}/postal-dispatch", submitted.dossierCode()).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.status").isEqualTo("DELIVERED").jsonPath("$.communeCode").isEqualTo("26737");
    }

    @Test
    void should_list_its_kinds_of_outbound_work_for_operations() {
        exchange.as("OPERATOR", "national").get().uri("/api/v1/outbound-work/kinds").exchange().expectStatus().isOk().expectBody()
                .jsonPath("$[*].kind").isEqualTo(List.of("identity-check", "portal-sync", "postal-dispatch", "postal-tracking"));
        exchange.as("CLERK", "00004").get().uri("/api/v1/outbound-work/kinds").exchange().expectStatus().isForbidden();
    }

    private static boolean isAbout(ConsumerRecord<String, byte[]> record, String type, DossierSubmitted submitted) {
        return type.equals(KafkaProbe.header(record, "ce_type")) && submitted.dossierId().toString().equals(record.key());
    }

    private static List<Map<String, Object>> sentToPortal(String code) {
        return portal.findAll(putRequestedFor(urlEqualTo("/dossiers/" + code))).stream()
                .map(request -> (Map<String, Object>) JSON.readValue(request.getBodyAsString(), Map.class)).toList();
    }

    private static Map<String, Object> lastSentToPortal(String code) {
        List<Map<String, Object>> sent = sentToPortal(code);
        assertThat(sent).isNotEmpty();
        return sent.get(sent.size() - 1);
    }

    private static DossierSubmitted submitted(ResultDelivery delivery, PostalAddress address) {
        String code = "00004-261123-" + String.format("%05d", 100 + SEQUENCE.incrementAndGet());
        return new DossierSubmitted(UUID.randomUUID(), UUID.randomUUID(), code, RECEIVED, "1.004222", "00004", "01", Channel.DESK, "26737", null,
                delivery, RECEIVED, LocalDate.parse("2026-12-02"), OffsetDateTime.parse("2026-12-02T17:00:00+07:00"),
                new ApplicantContact("Phạm Văn Thọ", "0912000111", null, "0012030" + String.format("%05d", SEQUENCE.get()),
                        LocalDate.parse("1950-03-04"), "26737", null, null, null, null, false),
                new Actor("Nguyễn Thị Lan", "00004", "CLERK"), List.of(), address, null, 20_000L, false, null, null);
    }

    private static DossierRouted routed(DossierSubmitted submitted) {
        return new DossierRouted(UUID.randomUUID(), submitted.dossierId(), submitted.dossierCode(), RECEIVED.plusSeconds(1), "1.004222", "00004",
                "01", Channel.DESK, RECEIVED, submitted.dueAt(),
                new AuthorityRef("CA-26737", "Công an Phường Tân Định", AuthorityLevel.COMMUNE, "26737", "79", "CA"), "RESIDENCE/COMMUNE/CA",
                true, true, null);
    }

    private static CaseStepTaken step(DossierSubmitted submitted, CaseStep step, DossierStatus status, int hoursLater) {
        return new CaseStepTaken(UUID.randomUUID(), submitted.dossierId(), submitted.dossierCode(), RECEIVED.plusHours(hoursLater), step, status,
                "Trần Văn Bình", "26737", null, submitted.dueAt(), submitted.dueAt(), null, "CA-26737", "00004", null, null, null);
    }

    /** The same event under a new id, as a replay the inbox no longer remembers delivers it. */
    private static <E> E again(E event) {
        Map<String, Object> fields = JSON.convertValue(event, Map.class);
        fields.put("eventId", UUID.randomUUID().toString());
        @SuppressWarnings("unchecked")
        E copy = (E) JSON.convertValue(fields, event.getClass());
        return copy;
    }
}
