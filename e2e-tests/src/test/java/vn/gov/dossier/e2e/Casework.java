package vn.gov.dossier.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import vn.gov.dossier.stack.ServiceSpec;
import vn.gov.dossier.stack.Stack;

/** A processor at the authority and a clerk at a desk working one stack's cases, and what each side shows. */
final class Casework {

    static final Duration PATIENCE = Duration.ofSeconds(30);

    private final Stack stack;
    private final String processorName;

    Casework(Stack stack, String processorName) {
        this.stack = stack;
        this.processorName = processorName;
    }

    /** A processor's action on the case (accept, decision, …), as processor of unit 26737. */
    WebTestClient.ResponseSpec act(String code, String action, Map<String, Object> body) {
        WebTestClient.RequestBodySpec request = processing().post().uri("/api/v1/cases/{code}/{action}", code, action)
                .header("X-Actor-Name", URLEncoder.encode(processorName, StandardCharsets.UTF_8)).header("X-Actor-Unit", "26737")
                .contentType(MediaType.APPLICATION_JSON);
        return body == null ? request.exchange() : request.bodyValue(body).exchange();
    }

    /** A desk's step for the citizen (supplements, withdrawal, handover). */
    WebTestClient.ResponseSpec deskStep(String code, String step, Map<String, Object> body) {
        return intake().post().uri("/api/v1/dossiers/{code}/{step}", code, step).contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }

    /** Waits until processing's case and intake's dossier both show the status. */
    void awaitBoth(String code, String status) {
        await().atMost(PATIENCE).untilAsserted(() -> {
            assertThat(caseView(code).get("status")).as("processing").isEqualTo(status);
            assertThat(intakeView(code).get("status")).as("intake").isEqualTo(status);
        });
    }

    OffsetDateTime dueAt(String code) {
        return OffsetDateTime.parse((String) caseView(code).get("dueAt"));
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> caseView(String code) {
        return processing().get().uri("/api/v1/cases/{code}", code).exchange().expectStatus().isOk()
                .expectBody(Map.class).returnResult().getResponseBody();
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> intakeView(String code) {
        return intake().get().uri("/api/v1/dossiers/{code}", code).exchange().expectStatus().isOk()
                .expectBody(Map.class).returnResult().getResponseBody();
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> history(Map<String, Object> view) {
        return (List<Map<String, Object>>) view.get("history");
    }

    WebTestClient processing() {
        return Clients.of(stack, ServiceSpec.PROCESSING);
    }

    WebTestClient intake() {
        return Clients.of(stack, ServiceSpec.INTAKE);
    }
}
