package vn.gov.dossier.e2e;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.reactive.server.WebTestClient;
import vn.gov.dossier.infra.SharedInfrastructure;
import vn.gov.dossier.stack.ServiceSpec;
import vn.gov.dossier.stack.Stack;

/** A desk keeps taking dossiers while routing-service is down; they are routed once it is back. */
class RoutingOutageIT {

    private static Stack stack;

    @BeforeAll
    static void startEverythingButRouting() {
        stack = new Stack(SharedInfrastructure.get(), "_outage", List.of());
        stack.start(ServiceSpec.INTAKE, 0);
        stack.start(ServiceSpec.PROCESSING, 0);
    }

    @AfterAll
    static void stop() {
        if (stack != null) {
            stack.close();
        }
    }

    @Test
    void should_accept_a_dossier_while_routing_is_down_and_route_it_when_routing_is_back() {
        Desk desk = new Desk(stack.port(ServiceSpec.INTAKE));
        WebTestClient intake = client(ServiceSpec.INTAKE);

        String code = desk.file(Desk.residenceRegistrationAtBaDinhForTanDinhResident());

        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(5)).untilAsserted(() -> intake.get().uri("/api/v1/dossiers/{code}", code)
                .exchange().expectBody().jsonPath("$.status").isEqualTo("RECEIVED"));
        stack.start(ServiceSpec.ROUTING, 0);
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> intake.get().uri("/api/v1/dossiers/{code}", code).exchange()
                .expectBody().jsonPath("$.status").isEqualTo("ROUTED").jsonPath("$.authority.id").isEqualTo("CA-26737"));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> client(ServiceSpec.PROCESSING).get()
                .uri("/api/v1/authorities/CA-26737/cases").exchange()
                .expectBody().jsonPath("$.content[?(@.dossierCode == '%s')].status".formatted(code)).isEqualTo("ROUTED"));
    }

    private static WebTestClient client(ServiceSpec service) {
        return Clients.of(stack, service);
    }
}
