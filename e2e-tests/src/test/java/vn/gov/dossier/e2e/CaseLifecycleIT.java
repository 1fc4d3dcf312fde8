package vn.gov.dossier.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.http.MediaType;
import vn.gov.dossier.calendar.WorkingCalendar;
import vn.gov.dossier.contracts.DeskStep;
import vn.gov.dossier.contracts.DeskStepTaken;
import vn.gov.dossier.contracts.Topics;
import vn.gov.dossier.infra.KafkaProbe;
import vn.gov.dossier.infra.SharedInfrastructure;
import vn.gov.dossier.platform.testing.TestEvents;
import vn.gov.dossier.stack.ServiceSpec;
import vn.gov.dossier.stack.Stack;

/**
 * A case's legal lifecycle across services: a processor's steps at the authority, a desk's steps anywhere, and after
 * every step intake's status view shows what processing shows.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CaseLifecycleIT {

    private static final Duration PATIENCE = Casework.PATIENCE;

    private Stack stack;
    private Casework casework;

    @BeforeAll
    void start() {
        stack = new Stack(SharedInfrastructure.get(), "_lifecycle", Officials.trusting(List.of()));
        stack.start(ServiceSpec.INTAKE, 0);
        stack.start(ServiceSpec.ROUTING, 0);
        stack.start(ServiceSpec.PROCESSING, 0);
        casework = new Casework(stack);
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

        casework.act(code, "accept", null).expectStatus().isAccepted();
        casework.awaitBoth(code, "IN_PROCESSING");
        casework.act(code, "decision", Map.of("outcome", "APPROVED")).expectStatus().isAccepted();
        casework.awaitBoth(code, "APPROVED");
        casework.act(code, "result-ready", null).expectStatus().isAccepted();
        casework.awaitBoth(code, "RESULT_READY");
        casework.deskStep(code, "handover", Map.of("unitCode", "26737")).expectStatus().isAccepted();
        casework.awaitBoth(code, "RETURNED");

        casework.processing().get().uri("/api/v1/cases/{code}", code).exchange().expectBody()
                .jsonPath("$.timeliness").isEqualTo("EARLY")
                .jsonPath("$.history.length()").isEqualTo(5)
                // Who took each step, as their tokens named them: the processor at CA-26737, the clerk at Tân Định's desk.
                .jsonPath("$.history[1].actor").isEqualTo("Võ Quốc Bảo")
                .jsonPath("$.history[1].unitCode").isEqualTo("CA-26737")
                .jsonPath("$.history[1].role").isEqualTo("PROCESSOR")
                .jsonPath("$.history[4].actor").isEqualTo("Trần Văn Minh")
                .jsonPath("$.history[4].unitCode").isEqualTo("26737")
                .jsonPath("$.history[4].role").isEqualTo("CLERK");
        casework.intake().get().uri("/api/v1/dossiers/{code}", code).exchange().expectBody()
                .jsonPath("$.history[-1:].status").isEqualTo("RETURNED");
        casework.deskStep(code, "handover", Map.of()).expectStatus().isEqualTo(409);
    }

    @Test
    void should_stop_the_clock_for_a_supplement_taken_at_another_desk_and_move_the_due_time_by_the_suspended_working_time() {
        String code = routedResidenceRegistration();
        casework.act(code, "accept", null).expectStatus().isAccepted();
        casework.awaitBoth(code, "IN_PROCESSING");
        OffsetDateTime dueBefore = casework.dueAt(code);

        casework.act(code, "supplement-request", Map.of("reason", "Thiếu bản sao giấy khai sinh")).expectStatus().isAccepted();
        casework.awaitBoth(code, "AWAITING_SUPPLEMENT");
        casework.deskStep(code, "supplements", Map.of("note", "Bản sao giấy khai sinh", "unitCode", "19753")).expectStatus().isAccepted();
        casework.awaitBoth(code, "IN_PROCESSING");

        Map<String, Object> view = casework.caseView(code);
        List<Map<String, Object>> history = Casework.history(view);
        OffsetDateTime suspended = OffsetDateTime.parse((String) history.get(2).get("at"));
        OffsetDateTime resumed = OffsetDateTime.parse((String) history.get(3).get("at"));
        WorkingCalendar calendar = WorkingCalendar.standard();
        OffsetDateTime expected = calendar.plusWorkingMinutes(dueBefore, calendar.workingMinutesBetween(suspended, resumed));
        assertThat(OffsetDateTime.parse((String) view.get("dueAt"))).isEqualTo(expected);
        assertThat(history.get(3).get("unitCode")).isEqualTo("19753");
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(OffsetDateTime.parse(casework.intakeView(code).get("dueAt").toString())).isEqualTo(expected));
    }

    @Test
    void should_carry_a_rejections_reason_to_the_desk() {
        String code = routedResidenceRegistration();
        casework.act(code, "accept", null).expectStatus().isAccepted();

        casework.act(code, "decision", Map.of("outcome", "REJECTED")).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("reason");
        casework.act(code, "decision", Map.of("outcome", "REJECTED", "reason", "Chỗ ở không đủ điều kiện đăng ký thường trú")).expectStatus().isAccepted();

        casework.awaitBoth(code, "REJECTED");
        await().atMost(PATIENCE).untilAsserted(() -> casework.intake().get().uri("/api/v1/dossiers/{code}", code).exchange().expectBody()
                .jsonPath("$.history[-1:].note").value(List.class, notes ->
                        assertThat(notes.get(0).toString()).contains("Chỗ ở không đủ điều kiện đăng ký thường trú")));
    }

    @Test
    void should_withdraw_before_a_decision_and_not_after() {
        String withdrawn = routedResidenceRegistration();
        casework.act(withdrawn, "accept", null).expectStatus().isAccepted();
        casework.awaitBoth(withdrawn, "IN_PROCESSING");

        casework.deskStep(withdrawn, "withdrawal", Map.of("reason", "Công dân không còn nhu cầu")).expectStatus().isAccepted();

        casework.awaitBoth(withdrawn, "WITHDRAWN");
        casework.act(withdrawn, "decision", Map.of("outcome", "APPROVED")).expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.allowed.length()").isEqualTo(0);

        String decided = routedResidenceRegistration();
        casework.act(decided, "accept", null).expectStatus().isAccepted();
        casework.act(decided, "decision", Map.of("outcome", "APPROVED")).expectStatus().isAccepted();
        casework.awaitBoth(decided, "APPROVED");
        casework.deskStep(decided, "withdrawal", Map.of("reason", "muộn")).expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.status").isEqualTo("APPROVED");
    }

    @Test
    void should_set_a_new_appointment_on_extension_and_keep_the_original_due_time() {
        String code = routedResidenceRegistration();
        casework.act(code, "accept", null).expectStatus().isAccepted();
        OffsetDateTime original = casework.dueAt(code);
        OffsetDateTime later = original.plusDays(7);

        casework.act(code, "extension", Map.of("newDueAt", later.toString(), "reason", "Cần xác minh với Công an tỉnh")).expectStatus().isAccepted();
        casework.act(code, "extension", Map.of("newDueAt", original.minusDays(1).toString(), "reason", "x")).expectStatus().isBadRequest();

        Map<String, Object> view = casework.caseView(code);
        assertThat(OffsetDateTime.parse((String) view.get("dueAt"))).isEqualTo(later);
        assertThat(OffsetDateTime.parse((String) view.get("originalDueAt"))).isEqualTo(original);
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(casework.intakeView(code).get("appointmentDate")).isEqualTo(later.toLocalDate().toString()));
        assertThat(Casework.history(casework.intakeView(code))).filteredOn(entry -> String.valueOf(entry.get("note")).contains("Xin lỗi và hẹn lại"))
                .as("the apology is recorded once at the desk").hasSize(1);
    }

    @Test
    void should_let_one_of_two_simultaneous_processors_win_and_tell_the_other() throws Exception {
        String code = routedResidenceRegistration();
        ExecutorService processors = Executors.newFixedThreadPool(2);
        try {
            List<Callable<Integer>> both = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                both.add(() -> casework.act(code, "accept", null).returnResult(String.class).getStatus().value());
            }
            List<Integer> answers = new ArrayList<>();
            for (Future<Integer> answer : processors.invokeAll(both)) {
                answers.add(answer.get());
            }
            assertThat(answers).containsExactlyInAnyOrder(202, 409);
        } finally {
            processors.shutdownNow();
        }
        assertThat(Casework.history(casework.caseView(code))).hasSize(2);
    }

    @Test
    void should_refuse_steps_the_status_does_not_allow_naming_the_allowed_ones() {
        String code = routedResidenceRegistration();

        casework.act(code, "decision", Map.of("outcome", "APPROVED")).expectStatus().isEqualTo(409)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.status").isEqualTo("ROUTED").jsonPath("$.allowed").isEqualTo(List.of("ACCEPT", "EXTEND", "WITHDRAW"));
        casework.act(code, "result-ready", null).expectStatus().isEqualTo(409);
        casework.deskStep(code, "supplements", Map.of("note", "x")).expectStatus().isEqualTo(409);
        casework.deskStep(code, "handover", Map.of()).expectStatus().isEqualTo(409);
        casework.act("00004-000000-99999", "accept", null).expectStatus().isNotFound();
    }

    @Test
    void should_show_the_desk_a_step_the_authority_refused_because_the_case_had_moved_on() {
        Map<String, Object> receipt = new Desk(stack.port(ServiceSpec.INTAKE)).receipt(Desk.residenceRegistrationAtBaDinhForTanDinhResident());
        String code = (String) receipt.get("code");
        await().atMost(PATIENCE).untilAsserted(() -> casework.processing().get().uri("/api/v1/cases/{code}", code).exchange().expectStatus().isOk());
        casework.awaitBoth(code, "ROUTED");

        // A desk that still saw the result ready (its view was behind) hands the result over: the case is only ROUTED.
        TestEvents.publish(new KafkaProbe(SharedInfrastructure.get().kafkaBootstrapServers()), Topics.INTAKE,
                new DeskStepTaken(UUID.randomUUID(), UUID.fromString((String) receipt.get("id")), code, OffsetDateTime.now(), DeskStep.RESULT_HANDED_OVER,
                        "08782", null, 0, null, null, null));

        await().atMost(PATIENCE).untilAsserted(() -> assertThat(Casework.history(casework.intakeView(code)))
                .anySatisfy(entry -> assertThat((String) entry.get("note"))
                        .startsWith("Việc trả kết quả tại bộ phận một cửa Xã Hải Lựu không được cơ quan có thẩm quyền ghi nhận: ")
                        .contains("HAND_OVER is not allowed while the case is ROUTED")));
        assertThat(casework.intakeView(code).get("status")).isEqualTo("ROUTED");
        assertThat(casework.caseView(code).get("status")).isEqualTo("ROUTED");
    }

    private String routedResidenceRegistration() {
        String code = new Desk(stack.port(ServiceSpec.INTAKE)).file(Desk.residenceRegistrationAtBaDinhForTanDinhResident());
        await().atMost(PATIENCE).untilAsserted(() -> casework.processing().get().uri("/api/v1/cases/{code}", code).exchange().expectStatus().isOk());
        casework.awaitBoth(code, "ROUTED");
        return code;
    }
}
