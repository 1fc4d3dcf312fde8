package vn.gov.dossier.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import vn.gov.dossier.stack.ServiceSpec;
import vn.gov.dossier.stack.Stack;

/**
 * A processor at the authority and a clerk at a desk working one stack's cases, and what each side shows; each signed in
 * as a demo officer.
 */
final class Casework {

    static final Duration PATIENCE = Duration.ofSeconds(30);

    /** The processor of Công an phường Tân Định, where a Tân Định resident's registration goes (Võ Quốc Bảo). */
    static final String PROCESSOR = "processor-ca-26737";
    /** The desk the dossiers are filed at, Phường Ba Đình. */
    static final String CLERK = "clerk-00004";

    private final Stack stack;

    Casework(Stack stack) {
        this.stack = stack;
    }

    /** A processor's action on the case (accept, decision, …), as the processor of CA-26737. */
    WebTestClient.ResponseSpec act(String code, String action, Map<String, Object> body) {
        WebTestClient.RequestBodySpec request = processing().post().uri("/api/v1/cases/{code}/{action}", code, action)
                .contentType(MediaType.APPLICATION_JSON);
        return body == null ? request.exchange() : request.bodyValue(body).exchange();
    }

    /**
     * A desk's step for the citizen (supplements, withdrawal, handover), by the clerk of the desk the body names
     * ({@code unitCode}), or of Ba Đình's when it names none.
     */
    WebTestClient.ResponseSpec deskStep(String code, String step, Map<String, Object> body) {
        String clerk = body.get("unitCode") == null ? CLERK : Officials.clerk((String) body.get("unitCode"));
        return Clients.as(stack, ServiceSpec.INTAKE, clerk).post().uri("/api/v1/dossiers/{code}/{step}", code, step)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
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

    /** Processing, as the processor of CA-26737. */
    WebTestClient processing() {
        return Clients.as(stack, ServiceSpec.PROCESSING, PROCESSOR);
    }

    /** Intake, as the clerk at Ba Đình. */
    WebTestClient intake() {
        return Clients.as(stack, ServiceSpec.INTAKE, CLERK);
    }
}
