package vn.gov.dossier.reporting;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.reactive.server.WebTestClient;
import vn.gov.dossier.contracts.ApplicantContact;
import vn.gov.dossier.contracts.AuthorityLevel;
import vn.gov.dossier.contracts.AuthorityRef;
import vn.gov.dossier.contracts.Channel;
import vn.gov.dossier.contracts.DossierRouted;
import vn.gov.dossier.contracts.DossierSubmitted;
import vn.gov.dossier.contracts.ResultDelivery;
import vn.gov.dossier.contracts.Topics;
import vn.gov.dossier.infra.KafkaProbe;
import vn.gov.dossier.platform.testing.RunningService;
import vn.gov.dossier.platform.testing.TestEvents;

/** reporting-service alone, on a real Kafka broker and a real PostgreSQL. */
class ReportingServiceIT {

    private static final OffsetDateTime RECEIVED = OffsetDateTime.parse("2026-03-10T09:00:00+07:00");

    private static RunningService reporting;
    private static KafkaProbe kafka;
    private static WebTestClient http;

    @BeforeAll
    static void start() {
        reporting = RunningService.start(ReportingApplication.class, ReportingApplication.NAME, "reporting_it");
        kafka = reporting.kafka();
        http = reporting.http();
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
                new ApplicantContact("Lê Văn Cường", "0912345678", null));
        DossierRouted routed = new DossierRouted(UUID.randomUUID(), dossierId, code, RECEIVED.plusSeconds(1), "1.004222", "19753", "46",
                Channel.ONLINE, RECEIVED, submitted.dueAt(),
                new AuthorityRef("CA-26737", "Công an Phường Tân Định", AuthorityLevel.COMMUNE, "26737", "79", "CA"), "RESIDENCE/COMMUNE/CA",
                true, true);

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

    private static WebTestClient.BodyContentSpec indicators(String scope) {
        return http.get().uri("/api/v1/indicators?scope={scope}&from=2026-03-01&to=2026-03-31", scope).exchange()
                .expectStatus().isOk().expectBody();
    }
}
