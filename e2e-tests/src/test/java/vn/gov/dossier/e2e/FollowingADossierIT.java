package vn.gov.dossier.e2e;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.test.web.reactive.server.WebTestClient;
import vn.gov.dossier.infra.Infrastructure;
import vn.gov.dossier.infra.SharedInfrastructure;
import vn.gov.dossier.stack.ServiceSpec;
import vn.gov.dossier.stack.Stack;

/**
 * All five services on one real Kafka broker and one real PostgreSQL: a dossier from POST to counted in reporting.
 * Embedded broker and database here; {@link FollowingADossierOnContainersIT} runs the same on Testcontainers.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FollowingADossierIT {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private Stack stack;

    /** The broker and database the scenario runs on. */
    Infrastructure infrastructure() {
        return SharedInfrastructure.get();
    }

    @BeforeAll
    void start() {
        stack = new Stack(infrastructure(), "_follow", Officials.trusting(List.of()));
        ServiceSpec.ALL.forEach(service -> stack.start(service, 0));
    }

    @AfterAll
    void stop() {
        if (stack != null) {
            stack.close();
        }
    }

    @Test
    void should_route_queue_notify_and_count_dossiers_filed_at_one_desk_for_authorities_elsewhere() {
        Desk desk = new Desk(stack.port(ServiceSpec.INTAKE));

        String residence = desk.file(Desk.residenceRegistrationAtBaDinhForTanDinhResident());
        String copy = desk.file(Desk.certifiedCopyAtBaDinh());
        String permit = desk.file(Desk.buildingPermitOnlineForAHouseInHue());

        awaitRoutedAtIntake(residence, "CA-26737", true);
        awaitRoutedAtIntake(copy, "UBND-00004", false);
        awaitRoutedAtIntake(permit, "UBND-19753", true);
        awaitInQueue("CA-26737", residence);
        awaitInQueue("UBND-00004", copy);
        awaitInQueue("UBND-19753", permit);
        client(ServiceSpec.ROUTING, "clerk-00004").get().uri("/api/v1/routing/decisions/{code}", permit).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.rule").isEqualTo("SUBJECT_LOCATION/COMMUNE/UBND")
                .jsonPath("$.interProvincial").isEqualTo(true);
        await().atMost(PATIENCE).untilAsserted(() -> client(ServiceSpec.NOTIFICATION, "clerk-00004").get()
                .uri("/api/v1/notifications?dossierCode={code}", residence).exchange()
                .expectBody()
                .jsonPath("$[?(@.template == 'RECEIPT')].recipient").isEqualTo("098****321")
                .jsonPath("$[?(@.template == 'ROUTED')].recipient").isEqualTo("CA-26737"));
        await().atMost(PATIENCE).untilAsserted(() -> client(ServiceSpec.REPORTING, "ops-national").get().uri("/api/v1/indicators?scope=national").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.received").isEqualTo(3)
                .jsonPath("$.routed").isEqualTo(3)
                .jsonPath("$.receivedByChannel.DESK").isEqualTo(2)
                .jsonPath("$.receivedByChannel.ONLINE").isEqualTo(1)
                .jsonPath("$.crossBoundary").isEqualTo(2)
                .jsonPath("$.interProvincial").isEqualTo(2)
                .jsonPath("$.onlineRate").isEqualTo(1.0 / 3)
                .jsonPath("$.inProgress").isEqualTo(3));
        client(ServiceSpec.REPORTING, "ops-national").get().uri("/api/v1/indicators?scope=authority:UBND-19753").exchange()
                .expectBody().jsonPath("$.received").isEqualTo(1);
        client(ServiceSpec.REPORTING, "ops-national").get().uri("/api/v1/indicators?scope=province:79").exchange()
                .expectBody().jsonPath("$.received").isEqualTo(0);
    }

    private void awaitRoutedAtIntake(String code, String authorityId, boolean crossBoundary) {
        await().atMost(PATIENCE).untilAsserted(() -> client(ServiceSpec.INTAKE, "clerk-00004").get().uri("/api/v1/dossiers/{code}", code).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.status").isEqualTo("ROUTED")
                .jsonPath("$.authority.id").isEqualTo(authorityId)
                .jsonPath("$.crossBoundary").isEqualTo(crossBoundary)
                .jsonPath("$.history.length()").isEqualTo(2));
    }

    private void awaitInQueue(String authorityId, String code) {
        await().atMost(PATIENCE).untilAsserted(() -> client(ServiceSpec.PROCESSING, Officials.processor(authorityId)).get()
                .uri("/api/v1/authorities/{id}/cases", authorityId).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.content[?(@.dossierCode == '%s')].status".formatted(code)).isEqualTo("ROUTED"));
    }

    private WebTestClient client(ServiceSpec service, String officer) {
        return Clients.as(stack, service, officer);
    }
}
