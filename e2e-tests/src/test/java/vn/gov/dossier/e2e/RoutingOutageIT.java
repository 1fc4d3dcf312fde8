package vn.gov.dossier.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.reactive.server.WebTestClient;
import vn.gov.dossier.infra.SharedInfrastructure;
import vn.gov.dossier.stack.ServiceSpec;
import vn.gov.dossier.stack.Stack;

/**
 * A desk keeps taking dossiers while routing-service is down; they are routed once it is back. A dossier its citizen
 * withdrew meanwhile ends WITHDRAWN everywhere: no live case, no notice to the authority, counted as withdrawn.
 */
class RoutingOutageIT {

    private static Stack stack;

    @BeforeAll
    static void startEverythingButRouting() {
        stack = new Stack(SharedInfrastructure.get(), "_outage", Officials.trusting(List.of()));
        List.of(ServiceSpec.INTAKE, ServiceSpec.PROCESSING, ServiceSpec.NOTIFICATION, ServiceSpec.REPORTING).forEach(service -> stack.start(service, 0));
    }

    @AfterAll
    static void stop() {
        if (stack != null) {
            stack.close();
        }
    }

    @Test
    void should_accept_dossiers_while_routing_is_down_route_them_when_it_is_back_and_close_one_withdrawn_meanwhile() {
        Desk desk = new Desk(stack.port(ServiceSpec.INTAKE));
        Casework casework = new Casework(stack);
        WebTestClient intake = client(ServiceSpec.INTAKE);

        String code = desk.file(Desk.residenceRegistrationAtBaDinhForTanDinhResident());
        String withdrawn = desk.file(Desk.residenceRegistrationAtBaDinhForTanDinhResident());
        casework.deskStep(withdrawn, "withdrawal", Map.of("reason", "Công dân đổi ý tại quầy")).expectStatus().isAccepted();
        assertThat(casework.intakeView(withdrawn).get("status")).isEqualTo("WITHDRAWN");

        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(5)).untilAsserted(() -> intake.get().uri("/api/v1/dossiers/{code}", code)
                .exchange().expectBody().jsonPath("$.status").isEqualTo("RECEIVED"));
        stack.start(ServiceSpec.ROUTING, 0);
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> intake.get().uri("/api/v1/dossiers/{code}", code).exchange()
                .expectBody().jsonPath("$.status").isEqualTo("ROUTED").jsonPath("$.authority.id").isEqualTo("CA-26737"));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> client(ServiceSpec.PROCESSING).get()
                .uri("/api/v1/authorities/CA-26737/cases").exchange()
                .expectBody().jsonPath("$.content[?(@.dossierCode == '%s')].status".formatted(code)).isEqualTo("ROUTED"));

        // The withdrawn one: its case is opened and closed at once, and intake keeps it WITHDRAWN.
        casework.awaitBoth(withdrawn, "WITHDRAWN");
        client(ServiceSpec.PROCESSING).get().uri("/api/v1/authorities/CA-26737/cases?status=ROUTED").exchange()
                .expectBody().jsonPath("$.content[?(@.dossierCode == '%s')]".formatted(withdrawn)).doesNotExist();
        // The authority is told of the live dossier only; the citizen of each got the receipt.
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(templates(code)).contains("ROUTED", "RECEIPT"));
        assertThat(templates(withdrawn)).contains("RECEIPT").doesNotContain("ROUTED");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> client(ServiceSpec.REPORTING).get().uri("/api/v1/indicators?scope=commune:00004")
                .exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.received").isEqualTo(2)
                .jsonPath("$.withdrawn").isEqualTo(1)
                .jsonPath("$.inProgress").isEqualTo(1));
    }

    @SuppressWarnings("unchecked")
    private static List<String> templates(String code) {
        List<Map<String, Object>> notices = client(ServiceSpec.NOTIFICATION).get().uri("/api/v1/notifications?dossierCode={code}", code).exchange()
                .expectStatus().isOk().expectBodyList(Map.class).returnResult().getResponseBody().stream()
                .map(notice -> (Map<String, Object>) notice).toList();
        return notices.stream().map(notice -> (String) notice.get("template")).toList();
    }

    /** Each service as the officer who works it here: Ba Đình's desk, CA-26737's processor, Hà Nội's operations. */
    private static WebTestClient client(ServiceSpec service) {
        String officer = service == ServiceSpec.PROCESSING ? Casework.PROCESSOR : service == ServiceSpec.REPORTING ? "ops-01" : Casework.CLERK;
        return Clients.as(stack, service, officer);
    }
}
