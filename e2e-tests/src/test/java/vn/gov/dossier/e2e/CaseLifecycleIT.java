package vn.gov.dossier.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import vn.gov.dossier.calendar.WorkingCalendar;
import vn.gov.dossier.infra.SharedInfrastructure;
import vn.gov.dossier.stack.ServiceSpec;
import vn.gov.dossier.stack.Stack;

/**
 * A case's legal lifecycle across services: a processor's steps at the authority, a desk's steps anywhere, and after
 * every step intake's status view shows what processing shows.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CaseLifecycleIT {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private Stack stack;

    @BeforeAll
    void start() {
        stack = new Stack(SharedInfrastructure.get(), "_lifecycle", List.of());
        stack.start(ServiceSpec.INTAKE, 0);
        stack.start(ServiceSpec.ROUTING, 0);
        stack.start(ServiceSpec.PROCESSING, 0);
    }

    @AfterAll
    void stop() {
        if (stack != null) {
            stack.close();
        }
    }

    @Test
    void should_take_a_cross_province_dossier_to_returned_with_intake_following_every_step() {
        String code = routedResidenceRegistration();

        act(code, "accept", null).expectStatus().isAccepted();
        awaitBoth(code, "IN_PROCESSING");
        act(code, "decision", Map.of("outcome", "APPROVED")).expectStatus().isAccepted();
        awaitBoth(code, "APPROVED");
        act(code, "result-ready", null).expectStatus().isAccepted();
        awaitBoth(code, "RESULT_READY");
        deskStep(code, "handover", Map.of("unitCode", "26737")).expectStatus().isAccepted();
        awaitBoth(code, "RETURNED");

        processing().get().uri("/api/v1/cases/{code}", code).exchange().expectBody()
                .jsonPath("$.timeliness").isEqualTo("EARLY")
                .jsonPath("$.history.length()").isEqualTo(5)
                .jsonPath("$.history[4].unitCode").isEqualTo("26737")
                .jsonPath("$.history[1].actor").isEqualTo("Trần Văn Bình");
        intake().get().uri("/api/v1/dossiers/{code}", code).exchange().expectBody()
                .jsonPath("$.history[-1:].status").isEqualTo("RETURNED");
        deskStep(code, "handover", Map.of()).expectStatus().isEqualTo(409);
    }

    @Test
    void should_stop_the_clock_for_a_supplement_taken_at_another_desk_and_move_the_due_time_by_the_suspended_working_time() {
        String code = routedResidenceRegistration();
        act(code, "accept", null).expectStatus().isAccepted();
        awaitBoth(code, "IN_PROCESSING");
        OffsetDateTime dueBefore = dueAt(code);

        act(code, "supplement-request", Map.of("reason", "Thiếu bản sao giấy khai sinh")).expectStatus().isAccepted();
        awaitBoth(code, "AWAITING_SUPPLEMENT");
        deskStep(code, "supplements", Map.of("note", "Bản sao giấy khai sinh", "unitCode", "19753")).expectStatus().isAccepted();
        awaitBoth(code, "IN_PROCESSING");

        Map<String, Object> view = caseView(code);
        List<Map<String, Object>> history = history(view);
        OffsetDateTime suspended = OffsetDateTime.parse((String) history.get(2).get("at"));
        OffsetDateTime resumed = OffsetDateTime.parse((String) history.get(3).get("at"));
        WorkingCalendar calendar = WorkingCalendar.standard();
        OffsetDateTime expected = calendar.plusWorkingMinutes(dueBefore, calendar.workingMinutesBetween(suspended, resumed));
        assertThat(OffsetDateTime.parse((String) view.get("dueAt"))).isEqualTo(expected);
        assertThat(history.get(3).get("unitCode")).isEqualTo("19753");
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(OffsetDateTime.parse(intakeView(code).get("dueAt").toString())).isEqualTo(expected));
    }

    @Test
    void should_carry_a_rejections_reason_to_the_desk() {
        String code = routedResidenceRegistration();
        act(code, "accept", null).expectStatus().isAccepted();

        act(code, "decision", Map.of("outcome", "REJECTED")).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("reason");
        act(code, "decision", Map.of("outcome", "REJECTED", "reason", "Chỗ ở không đủ điều kiện đăng ký thường trú")).expectStatus().isAccepted();

        awaitBoth(code, "REJECTED");
        await().atMost(PATIENCE).untilAsserted(() -> intake().get().uri("/api/v1/dossiers/{code}", code).exchange().expectBody()
                .jsonPath("$.history[-1:].note").value(List.class, notes ->
                        assertThat(notes.get(0).toString()).contains("Chỗ ở không đủ điều kiện đăng ký thường trú")));
    }

    @Test
    void should_withdraw_before_a_decision_and_not_after() {
        String withdrawn = routedResidenceRegistration();
        act(withdrawn, "accept", null).expectStatus().isAccepted();
        awaitBoth(withdrawn, "IN_PROCESSING");

        deskStep(withdrawn, "withdrawal", Map.of("reason", "Công dân không còn nhu cầu")).expectStatus().isAccepted();

        awaitBoth(withdrawn, "WITHDRAWN");
        act(withdrawn, "decision", Map.of("outcome", "APPROVED")).expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.allowed.length()").isEqualTo(0);

        String decided = routedResidenceRegistration();
        act(decided, "accept", null).expectStatus().isAccepted();
        act(decided, "decision", Map.of("outcome", "APPROVED")).expectStatus().isAccepted();
        awaitBoth(decided, "APPROVED");
        deskStep(decided, "withdrawal", Map.of("reason", "muộn")).expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.status").isEqualTo("APPROVED");
    }

    @Test
    void should_set_a_new_appointment_on_extension_and_keep_the_original_due_time() {
        String code = routedResidenceRegistration();
        act(code, "accept", null).expectStatus().isAccepted();
        OffsetDateTime original = dueAt(code);
        OffsetDateTime later = original.plusDays(7);

        act(code, "extension", Map.of("newDueAt", later.toString(), "reason", "Cần xác minh với Công an tỉnh")).expectStatus().isAccepted();
        act(code, "extension", Map.of("newDueAt", original.minusDays(1).toString(), "reason", "x")).expectStatus().isBadRequest();

        Map<String, Object> view = caseView(code);
        assertThat(OffsetDateTime.parse((String) view.get("dueAt"))).isEqualTo(later);
        assertThat(OffsetDateTime.parse((String) view.get("originalDueAt"))).isEqualTo(original);
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(intakeView(code).get("appointmentDate")).isEqualTo(later.toLocalDate().toString()));
        assertThat(history(intakeView(code))).filteredOn(entry -> String.valueOf(entry.get("note")).contains("Xin lỗi và hẹn lại"))
                .as("the apology is recorded once at the desk").hasSize(1);
    }

    @Test
    void should_let_one_of_two_simultaneous_processors_win_and_tell_the_other() throws Exception {
        String code = routedResidenceRegistration();
        ExecutorService processors = Executors.newFixedThreadPool(2);
        try {
            List<Callable<Integer>> both = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                both.add(() -> act(code, "accept", null).returnResult(String.class).getStatus().value());
            }
            List<Integer> answers = new ArrayList<>();
            for (Future<Integer> answer : processors.invokeAll(both)) {
                answers.add(answer.get());
            }
            assertThat(answers).containsExactlyInAnyOrder(202, 409);
        } finally {
            processors.shutdownNow();
        }
        assertThat(history(caseView(code))).hasSize(2);
    }

    @Test
    void should_refuse_steps_the_status_does_not_allow_naming_the_allowed_ones() {
        String code = routedResidenceRegistration();

        act(code, "decision", Map.of("outcome", "APPROVED")).expectStatus().isEqualTo(409)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.status").isEqualTo("ROUTED").jsonPath("$.allowed").isEqualTo(List.of("ACCEPT", "EXTEND", "WITHDRAW"));
        act(code, "result-ready", null).expectStatus().isEqualTo(409);
        deskStep(code, "supplements", Map.of("note", "x")).expectStatus().isEqualTo(409);
        deskStep(code, "handover", Map.of()).expectStatus().isEqualTo(409);
        act("00004-000000-99999", "accept", null).expectStatus().isNotFound();
    }

    private String routedResidenceRegistration() {
        String code = new Desk(stack.port(ServiceSpec.INTAKE)).file(Desk.residenceRegistrationAtBaDinhForTanDinhResident());
        await().atMost(PATIENCE).untilAsserted(() -> processing().get().uri("/api/v1/cases/{code}", code).exchange().expectStatus().isOk());
        awaitBoth(code, "ROUTED");
        return code;
    }

    private WebTestClient.ResponseSpec act(String code, String action, Map<String, Object> body) {
        WebTestClient.RequestBodySpec request = processing().post().uri("/api/v1/cases/{code}/{action}", code, action)
                .header("X-Actor-Name", URLEncoder.encode("Trần Văn Bình", StandardCharsets.UTF_8)).header("X-Actor-Unit", "26737").contentType(MediaType.APPLICATION_JSON);
        return body == null ? request.exchange() : request.bodyValue(body).exchange();
    }

    private WebTestClient.ResponseSpec deskStep(String code, String step, Map<String, Object> body) {
        return intake().post().uri("/api/v1/dossiers/{code}/{step}", code, step).contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }

    private void awaitBoth(String code, String status) {
        await().atMost(PATIENCE).untilAsserted(() -> {
            assertThat(caseView(code).get("status")).as("processing").isEqualTo(status);
            assertThat(intakeView(code).get("status")).as("intake").isEqualTo(status);
        });
    }

    private OffsetDateTime dueAt(String code) {
        return OffsetDateTime.parse((String) caseView(code).get("dueAt"));
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> caseView(String code) {
        return processing().get().uri("/api/v1/cases/{code}", code).exchange().expectStatus().isOk()
                .expectBody(Map.class).returnResult().getResponseBody();
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> intakeView(String code) {
        return intake().get().uri("/api/v1/dossiers/{code}", code).exchange().expectStatus().isOk()
                .expectBody(Map.class).returnResult().getResponseBody();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> history(Map<String, Object> view) {
        return (List<Map<String, Object>>) view.get("history");
    }

    private WebTestClient processing() {
        return Clients.of(stack, ServiceSpec.PROCESSING);
    }

    private WebTestClient intake() {
        return Clients.of(stack, ServiceSpec.INTAKE);
    }
}
