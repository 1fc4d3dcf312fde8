package vn.gov.dossier.e2e;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import vn.gov.dossier.infra.SharedInfrastructure;
import vn.gov.dossier.stack.ServiceSpec;
import vn.gov.dossier.stack.Stack;

/** Routing owns the catalogue; its changes reach intake through the compacted topic, and desks follow them. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CatalogueReplicationIT {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    /** Monday 23 Nov 2026, 09:00 in Hà Nội. */
    private static final String MONDAY_MORNING = "2026-11-23T09:00:00+07:00";

    private Stack stack;

    @BeforeAll
    void start() {
        stack = new Stack(SharedInfrastructure.get(), "_catalogue", Officials.trusting(List.of()));
        stack.start(ServiceSpec.ROUTING, 0);
        stack.start(ServiceSpec.INTAKE, 0);
    }

    @AfterAll
    void stop() {
        if (stack != null) {
            stack.close();
        }
    }

    @Test
    void should_let_desks_follow_a_changed_a_withdrawn_and_a_newly_offered_procedure() {
        WebTestClient routing = client(ServiceSpec.ROUTING, "admin");
        WebTestClient intake = client(ServiceSpec.INTAKE, "clerk-00004");
        // Only an administrator changes the catalogue.
        client(ServiceSpec.ROUTING, "ops-national").delete().uri("/api/v1/procedures/2.000815").exchange().expectStatus().isForbidden();
        preview(intake, "1.004222").jsonPath("$.appointmentDate").isEqualTo("2026-12-02");

        routing.put().uri("/api/v1/procedures/1.004222").contentType(MediaType.APPLICATION_JSON).bodyValue(change("Đăng ký thường trú", "COMMUNE",
                        "RESIDENCE", "CA", 10, "Assumed for this test: ten working days"))
                .exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.processingDays").isEqualTo(10).jsonPath("$.version").value(Integer.class,
                        version -> org.assertj.core.api.Assertions.assertThat(version).isGreaterThan(50));
        routing.delete().uri("/api/v1/procedures/2.000815").exchange().expectStatus().isOk();
        routing.put().uri("/api/v1/procedures/1.010040").contentType(MediaType.APPLICATION_JSON).bodyValue(change(
                        "Khai báo thông tin về cư trú đối với người chưa đủ điều kiện đăng ký thường trú, đăng ký tạm trú", "COMMUNE", "RESIDENCE",
                        "CA", 3, "Luật Cư trú 2020 Art. 19: 03 working days (assumed)"))
                .exchange().expectStatus().isOk();

        await().atMost(PATIENCE).untilAsserted(() -> preview(intake, "1.004222").jsonPath("$.appointmentDate").isEqualTo("2026-12-07"));
        await().atMost(PATIENCE).untilAsserted(() -> preview(intake, "1.010040").jsonPath("$.appointmentDate").isEqualTo("2026-11-26"));
        await().atMost(PATIENCE).untilAsserted(() -> intake.post().uri("/api/v1/dossiers").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Desk.certifiedCopyAtBaDinh()).exchange()
                .expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("procedureCode"));
        new Desk(stack.port(ServiceSpec.INTAKE)).file(Desk.dossier("1.010040", "00004", "DESK", "26737", null));
        routing.get().uri("/api/v1/procedures/2.000815").exchange().expectStatus().isNotFound();
    }

    @Test
    void should_name_every_problem_of_a_catalogue_change() {
        client(ServiceSpec.ROUTING, "admin").put().uri("/api/v1/procedures/1.004222").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(change("", "NATIONAL", "RESIDENCE", "NOPE", 0, " "))
                .exchange()
                .expectStatus().isBadRequest()
                .expectBody()
                .jsonPath("$.errors[*].field").value(List.class, fields -> org.assertj.core.api.Assertions.assertThat(fields)
                        .contains("name", "source", "processingDays", "competence.basis", "competence.agency"));
    }

    private static Map<String, Object> change(String name, String level, String basis, String agency, int days, String source) {
        return Map.of("name", name, "competence", Map.of("level", level, "basis", basis, "agency", agency), "processingDays", days,
                "fee", 0, "source", source);
    }

    private static WebTestClient.BodyContentSpec preview(WebTestClient intake, String procedure) {
        return intake.get().uri("/api/v1/appointment-preview?procedureCode={code}&receivedAt={at}", procedure, MONDAY_MORNING).exchange()
                .expectStatus().isOk().expectBody();
    }

    private WebTestClient client(ServiceSpec service, String officer) {
        return Clients.as(stack, service, officer);
    }
}
