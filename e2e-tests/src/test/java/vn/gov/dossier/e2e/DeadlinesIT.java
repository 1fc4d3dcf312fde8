package vn.gov.dossier.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.gov.dossier.calendar.WorkingCalendar;
import vn.gov.dossier.contracts.CaseDeadlineFlagged;
import vn.gov.dossier.contracts.EventTypes;
import vn.gov.dossier.contracts.Topics;
import vn.gov.dossier.infra.KafkaProbe;
import vn.gov.dossier.infra.SharedInfrastructure;
import vn.gov.dossier.platform.events.CloudEventHeaders;
import vn.gov.dossier.platform.testing.TestEvents;
import vn.gov.dossier.stack.ServiceSpec;
import vn.gov.dossier.stack.Stack;

/**
 * Deadlines across services, on the days that make them hard: intake's and processing's clocks are stopped at the
 * moments of each scenario, so that a suspension spans a real weekend and a real holiday, and a case can be overdue.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DeadlinesIT {

    private static final Duration PATIENCE = Casework.PATIENCE;
    private static final WorkingCalendar CALENDAR = WorkingCalendar.standard();
    /** A Monday morning, the week before Reunification Day (30 April) and Labour Day (1 May). */
    private static final OffsetDateTime MONDAY_27_APRIL = OffsetDateTime.parse("2026-04-27T09:00:00+07:00");

    private Stack stack;
    private Casework casework;
    private MovableClock intakeClock;
    private MovableClock processingClock;

    @BeforeAll
    void start() {
        stack = new Stack(SharedInfrastructure.get(), "_deadlines", Officials.trusting(List.of("--dossier.processing.deadline-watch=PT0.2S")));
        intakeClock = stack.start(ServiceSpec.INTAKE, 0, MovableClock.InService.class).getBean(MovableClock.class);
        stack.start(ServiceSpec.ROUTING, 0);
        processingClock = stack.start(ServiceSpec.PROCESSING, 0, MovableClock.InService.class).getBean(MovableClock.class);
        casework = new Casework(stack);
    }

    @AfterEach
    void realTime() {
        intakeClock.reset();
        processingClock.reset();
    }

    @AfterAll
    void stop() {
        if (stack != null) {
            stack.close();
        }
    }

    @Test
    void should_move_the_due_time_by_exactly_the_suspended_working_time_across_a_weekend_and_a_holiday() {
        String code = filedAndRouted(MONDAY_27_APRIL);
        processingClock.set(OffsetDateTime.parse("2026-04-28T09:00:00+07:00"));
        casework.act(code, "accept", null).expectStatus().isAccepted();
        casework.awaitBoth(code, "IN_PROCESSING");
        OffsetDateTime dueBefore = casework.dueAt(code);

        processingClock.set(OffsetDateTime.parse("2026-04-29T10:00:00+07:00"));
        casework.act(code, "supplement-request", Map.of("reason", "Thiếu bản sao giấy khai sinh")).expectStatus().isAccepted();
        casework.awaitBoth(code, "AWAITING_SUPPLEMENT");
        intakeClock.set(OffsetDateTime.parse("2026-05-05T10:00:00+07:00"));
        casework.deskStep(code, "supplements", Map.of("note", "Bản sao giấy khai sinh", "unitCode", "19753")).expectStatus().isAccepted();
        casework.awaitBoth(code, "IN_PROCESSING");

        // Wed 29 Apr 10:00 → Tue 5 May 10:00: Wed 29 afternoon and Mon 4 May count (16 working hours); 30 Apr and 1 May are
        // holidays, 2–3 May the weekend. Two working days later than before, though six calendar days passed.
        OffsetDateTime dueAfter = casework.dueAt(code);
        assertThat(CALENDAR.workingMinutesBetween(OffsetDateTime.parse("2026-04-29T10:00:00+07:00"),
                OffsetDateTime.parse("2026-05-05T10:00:00+07:00"))).isEqualTo(16 * 60);
        assertThat(dueAfter).isEqualTo(CALENDAR.plusWorkingMinutes(dueBefore, 16 * 60));
        assertThat(CALENDAR.workingMinutesBetween(dueBefore, dueAfter)).isEqualTo(16 * 60);
        assertThat(casework.caseView(code).get("originalDueAt")).as("the citizen's time does not count against the authority")
                .isEqualTo(casework.caseView(code).get("dueAt"));
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(OffsetDateTime.parse((String) casework.intakeView(code).get("dueAt"))).isEqualTo(dueAfter));
    }

    @Test
    void should_flag_an_overdue_case_and_still_call_it_late_when_decided_after_an_extension() {
        String code = filedAndRouted(MONDAY_27_APRIL);
        OffsetDateTime due = casework.dueAt(code);

        processingClock.set(due.plusDays(1));
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(casework.caseView(code).get("overdue")).isEqualTo(true));
        String authority = (String) ((Map<?, ?>) casework.caseView(code).get("authority")).get("id");
        casework.processing().get().uri("/api/v1/authorities/{id}/cases?overdue=true&size=100", authority).exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.content[*].dossierCode").value(List.class, codes -> assertThat(codes).contains(code));
        assertThat(deadlineFlags(code)).extracting(CaseDeadlineFlagged::flag).containsExactly(CaseDeadlineFlagged.OVERDUE);

        casework.act(code, "accept", null).expectStatus().isAccepted();
        OffsetDateTime newDue = due.plusDays(7);
        casework.act(code, "extension", Map.of("newDueAt", newDue.toString(), "reason", "Cần xác minh thêm với Công an tỉnh")).expectStatus().isAccepted();
        casework.awaitBoth(code, "IN_PROCESSING");
        assertThat(casework.caseView(code).get("overdue")).isEqualTo(false);
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(OffsetDateTime.parse((String) casework.intakeView(code).get("dueAt"))).isEqualTo(newDue));

        processingClock.set(due.plusDays(2));
        casework.act(code, "decision", Map.of("outcome", "APPROVED")).expectStatus().isAccepted();
        casework.awaitBoth(code, "APPROVED");
        Map<String, Object> decided = casework.caseView(code);
        assertThat(decided.get("timeliness")).as("an apology does not make a late case on time").isEqualTo("LATE");
        assertThat(OffsetDateTime.parse((String) decided.get("originalDueAt"))).isEqualTo(due);
        assertThat(OffsetDateTime.parse((String) decided.get("dueAt"))).isEqualTo(newDue);
    }

    private String filedAndRouted(OffsetDateTime at) {
        intakeClock.set(at);
        processingClock.set(at);
        String code = new Desk(stack.port(ServiceSpec.INTAKE)).file(Desk.residenceRegistrationAtBaDinhForTanDinhResident());
        await().atMost(PATIENCE).untilAsserted(() -> casework.processing().get().uri("/api/v1/cases/{code}", code).exchange().expectStatus().isOk());
        casework.awaitBoth(code, "ROUTED");
        return code;
    }

    private List<CaseDeadlineFlagged> deadlineFlags(String code) {
        KafkaProbe kafka = new KafkaProbe(SharedInfrastructure.get().kafkaBootstrapServers());
        String type = EventTypes.typeOf(CaseDeadlineFlagged.class);
        return kafka.readUntil(Topics.PROCESSING, records -> false, Duration.ofSeconds(3)).stream()
                .filter(record -> type.equals(KafkaProbe.header(record, CloudEventHeaders.TYPE)))
                .map(record -> TestEvents.decode(record.value(), CaseDeadlineFlagged.class))
                .filter(flag -> flag.dossierCode().equals(code))
                .toList();
    }
}
