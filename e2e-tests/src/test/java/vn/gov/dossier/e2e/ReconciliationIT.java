package vn.gov.dossier.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import vn.gov.dossier.contracts.Topics;
import vn.gov.dossier.infra.KafkaProbe;
import vn.gov.dossier.infra.SharedInfrastructure;
import vn.gov.dossier.platform.events.CloudEventHeaders;
import vn.gov.dossier.stack.ServiceSpec;
import vn.gov.dossier.stack.Stack;

/**
 * Operations find a dossier stuck (received, never routed: routing is down here), see it listed with the services to
 * re-drive and counted in {@code dossier_stuck}, and re-drive it: the same event goes out again and every consumer
 * skips what it already applied, so it is still counted once.
 */
class ReconciliationIT {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static Stack stack;

    @BeforeAll
    static void startWithoutRouting() {
        stack = new Stack(SharedInfrastructure.get(), "_reconcile", Officials.trusting(List.of("--dossier.reporting.stuck-after=PT2S",
                "--dossier.reporting.gauge-refresh=PT1S")));
        stack.start(ServiceSpec.INTAKE, 0);
        stack.start(ServiceSpec.REPORTING, 0);
    }

    @AfterAll
    static void stop() {
        if (stack != null) {
            stack.close();
        }
    }

    @Test
    void should_list_a_stuck_dossier_alert_on_it_and_redrive_it_without_counting_it_twice() {
        // National operations find and re-drive stuck dossiers; a desk may not re-drive.
        WebTestClient intake = Clients.as(stack, ServiceSpec.INTAKE, "ops-national");
        WebTestClient reporting = Clients.as(stack, ServiceSpec.REPORTING, "ops-national");
        WebTestClient reportingMetrics = Clients.management(stack, ServiceSpec.REPORTING);
        String code = new Desk(stack.port(ServiceSpec.INTAKE)).file(Desk.residenceRegistrationAtBaDinhForTanDinhResident());

        await().atMost(PATIENCE).untilAsserted(() -> reporting.get().uri("/api/v1/reconciliation?olderThan=PT1S").exchange()
                .expectStatus().isOk().expectBody()
                .jsonPath("$[?(@.dossierCode == '%s')].stage".formatted(code)).isEqualTo("AWAITING_ROUTING")
                .jsonPath("$[?(@.dossierCode == '%s')].redriveAt[*]".formatted(code)).isEqualTo(List.of("intake-service", "routing-service")));
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(prometheus(reportingMetrics))
                .contains("dossier_stuck{application=\"reporting-service\",stage=\"AWAITING_ROUTING\"} 1.0"));
        double duplicatesBefore = skippedByReporting(reportingMetrics);

        Clients.as(stack, ServiceSpec.INTAKE, "clerk-00004").post().uri("/api/v1/redrive/{code}", code).exchange().expectStatus().isForbidden();
        intake.post().uri("/api/v1/redrive/{code}", code).exchange()
                .expectStatus().isAccepted().expectBody().jsonPath("$.republished").isEqualTo(1);

        List<ConsumerRecord<String, byte[]>> published = new KafkaProbe(SharedInfrastructure.get().kafkaBootstrapServers())
                .readUntil(Topics.INTAKE, records -> ofDossier(records, code).size() >= 2, PATIENCE);
        assertThat(ofDossier(published, code)).extracting(record -> KafkaProbe.header(record, CloudEventHeaders.ID)).hasSize(2)
                .containsOnly(KafkaProbe.header(ofDossier(published, code).get(0), CloudEventHeaders.ID));
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(skippedByReporting(reportingMetrics)).isEqualTo(duplicatesBefore + 1));
        reporting.get().uri("/api/v1/indicators?scope=national").exchange().expectBody().jsonPath("$.received").isEqualTo(1);

        intake.post().uri("/api/v1/redrive/{code}", "00004-000101-99999").exchange().expectStatus().isNotFound();
        intake.post().uri("/api/v1/redrive").contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("dossierCodes", List.of(code, "nope")))
                .exchange().expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("dossierCodes[1]");

        // Routing back: the dossier moves on, and is stuck no more.
        stack.start(ServiceSpec.ROUTING, 0);
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> reporting.get().uri("/api/v1/reconciliation?olderThan=PT0S").exchange()
                .expectBody().jsonPath("$[?(@.dossierCode == '%s')]".formatted(code)).doesNotExist());
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(prometheus(reportingMetrics))
                .contains("dossier_stuck{application=\"reporting-service\",stage=\"AWAITING_ROUTING\"} 0.0"));
    }

    private static List<ConsumerRecord<String, byte[]>> ofDossier(List<ConsumerRecord<String, byte[]>> records, String code) {
        return records.stream().filter(record -> code.equals(KafkaProbe.header(record, CloudEventHeaders.SUBJECT))).toList();
    }

    private static String prometheus(WebTestClient service) {
        return service.get().uri("/actuator/prometheus").exchange().expectBody(String.class).returnResult().getResponseBody();
    }

    private static double skippedByReporting(WebTestClient reporting) {
        return prometheus(reporting).lines()
                .filter(line -> line.startsWith("dossier_inbox_duplicates_skipped_total{") && line.contains("consumer=\"reporting-service\""))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .sum();
    }
}
