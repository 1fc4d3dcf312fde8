package vn.gov.dossier.processing.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import vn.gov.dossier.calendar.WorkingCalendar;
import vn.gov.dossier.contracts.CaseStep;
import vn.gov.dossier.contracts.DossierStatus;
import vn.gov.dossier.contracts.Timeliness;

class CaseTest {

    private static final WorkingCalendar CALENDAR = WorkingCalendar.standard();
    private static final Actor PROCESSOR = Actor.processor("Trần Văn Bình", "CA-26737");
    private static final OffsetDateTime DUE = OffsetDateTime.parse("2026-05-06T17:00:00+07:00");

    @Test
    void should_go_from_routed_to_returned_along_the_legal_path() {
        Case routed = routed();

        Case accepted = routed.accept(PROCESSOR, at("2026-04-27T09:00")).after();
        Case approved = accepted.decide(PROCESSOR, at("2026-05-04T10:00"), true, null).after();
        Case ready = approved.markResultReady(PROCESSOR, at("2026-05-04T11:00")).after();
        Case returned = ready.handOver(Actor.clerk("Lê Thị Hoa", "00004"), at("2026-05-05T09:00")).after();

        assertThat(accepted.status()).isEqualTo(DossierStatus.IN_PROCESSING);
        assertThat(approved.status()).isEqualTo(DossierStatus.APPROVED);
        assertThat(approved.timeliness()).isEqualTo(Timeliness.EARLY);
        assertThat(ready.status()).isEqualTo(DossierStatus.RESULT_READY);
        assertThat(returned.status()).isEqualTo(DossierStatus.RETURNED);
    }

    @Test
    void should_move_the_due_time_by_exactly_the_suspended_working_time_across_a_weekend_and_a_holiday() {
        Case accepted = routed().accept(PROCESSOR, at("2026-04-27T09:00")).after();

        Case waiting = accepted.requestSupplement(PROCESSOR, at("2026-04-29T10:00"), "Thiếu bản sao giấy khai sinh").after();
        Case.Change resumed = waiting.receiveSupplement(Actor.clerk("Lê Thị Hoa", "00004"), at("2026-05-05T10:00"), CALENDAR, null);

        // Wed 29 Apr 10:00 → Tue 5 May 10:00 is 16 working hours (30 Apr and 1 May are holidays, then the weekend).
        assertThat(waiting.status()).isEqualTo(DossierStatus.AWAITING_SUPPLEMENT);
        assertThat(waiting.overdueAt(at("2026-05-20T09:00"))).as("no overdue while the clock is stopped").isFalse();
        assertThat(resumed.after().status()).isEqualTo(DossierStatus.IN_PROCESSING);
        assertThat(resumed.after().dueAt()).isEqualTo(OffsetDateTime.parse("2026-05-08T17:00:00+07:00"));
        assertThat(resumed.after().originalDueAt()).isEqualTo(OffsetDateTime.parse("2026-05-08T17:00:00+07:00"));
    }

    @Test
    void should_keep_an_extended_case_late_when_decided_after_the_original_due_time() {
        Case accepted = routed().accept(PROCESSOR, at("2026-04-27T09:00")).after();

        Case extended = accepted.extend(PROCESSOR, at("2026-05-07T09:00"), OffsetDateTime.parse("2026-05-12T17:00:00+07:00"),
                "Cần xác minh thêm với cơ quan khác").after();
        Case decided = extended.decide(PROCESSOR, at("2026-05-11T10:00"), true, null).after();

        assertThat(extended.dueAt()).isEqualTo(OffsetDateTime.parse("2026-05-12T17:00:00+07:00"));
        assertThat(extended.originalDueAt()).isEqualTo(DUE);
        assertThat(decided.timeliness()).isEqualTo(Timeliness.LATE);
    }

    @Test
    void should_call_a_decision_on_the_due_date_on_time() {
        Case accepted = routed().accept(PROCESSOR, at("2026-04-27T09:00")).after();

        assertThat(accepted.decide(PROCESSOR, at("2026-05-06T16:59"), true, null).after().timeliness()).isEqualTo(Timeliness.ON_TIME);
        assertThat(accepted.decide(PROCESSOR, at("2026-05-06T17:01"), true, null).after().timeliness()).isEqualTo(Timeliness.LATE);
    }

    @Test
    void should_carry_a_rejections_reason_and_refuse_one_without() {
        Case accepted = routed().accept(PROCESSOR, at("2026-04-27T09:00")).after();

        Case.Change rejected = accepted.decide(PROCESSOR, at("2026-04-28T09:00"), false, "Không thuộc diện được đăng ký thường trú");

        assertThat(rejected.after().status()).isEqualTo(DossierStatus.REJECTED);
        assertThat(rejected.after().reason()).isEqualTo("Không thuộc diện được đăng ký thường trú");
        assertThat(rejected.entry().note()).contains("Từ chối");
        assertThatThrownBy(() -> accepted.decide(PROCESSOR, at("2026-04-28T09:00"), false, " "))
                .isInstanceOf(InvalidStep.class).hasFieldOrPropertyWithValue("field", "reason");
    }

    @Test
    void should_refuse_an_extension_that_does_not_move_the_due_time_later() {
        Case accepted = routed().accept(PROCESSOR, at("2026-04-27T09:00")).after();

        assertThatThrownBy(() -> accepted.extend(PROCESSOR, at("2026-05-01T09:00"), DUE.minusDays(1), "xin lỗi"))
                .isInstanceOf(InvalidStep.class).hasFieldOrPropertyWithValue("field", "newDueAt");
    }

    @Test
    void should_refuse_an_extension_to_a_time_already_past() {
        Case accepted = routed().accept(PROCESSOR, at("2026-04-27T09:00")).after();

        assertThatThrownBy(() -> accepted.extend(PROCESSOR, at("2026-05-20T09:00"), DUE.plusDays(1), "xin lỗi"))
                .isInstanceOf(InvalidStep.class).hasFieldOrPropertyWithValue("field", "newDueAt")
                .hasMessageContaining("future");
    }

    @Test
    void should_know_since_when_a_case_is_in_its_status_and_keep_it_through_an_extension() {
        Case accepted = routed().accept(PROCESSOR, at("2026-04-27T09:00")).after();
        Case extended = accepted.extend(PROCESSOR, at("2026-05-05T09:00"), DUE.plusDays(2), "xin lỗi").after();
        Case waiting = extended.requestSupplement(PROCESSOR, at("2026-05-06T10:00"), "thiếu giấy tờ").after();

        assertThat(routed().statusSince()).isEqualTo(at("2026-04-27T08:30"));
        assertThat(accepted.statusSince()).isEqualTo(at("2026-04-27T09:00"));
        assertThat(extended.statusSince()).as("an extension keeps the status").isEqualTo(at("2026-04-27T09:00"));
        assertThat(waiting.statusSince()).isEqualTo(at("2026-05-06T10:00"));
    }

    @ParameterizedTest
    @EnumSource(DossierStatus.class)
    void should_refuse_every_step_the_status_does_not_allow_and_name_the_allowed_ones(DossierStatus status) {
        Case inStatus = new Case(UUID.randomUUID(), "00004-260427-00001", "CA-26737", "00004", status, at("2026-04-27T08:00"), DUE, DUE,
                status == DossierStatus.AWAITING_SUPPLEMENT ? at("2026-04-28T08:00") : null, null, null, at("2026-04-28T08:00"), 0);

        EnumSet<CaseStep> allowed = EnumSet.noneOf(CaseStep.class);
        allowed.addAll(CaseStep.allowedSteps(status));
        for (CaseStep step : EnumSet.complementOf(allowed)) {
            assertThatThrownBy(() -> take(inStatus, step))
                    .as("%s in %s", step, status)
                    .isInstanceOfSatisfying(StepNotAllowed.class, refused -> assertThat(refused.allowed()).isEqualTo(CaseStep.allowedSteps(status)));
        }
        for (CaseStep step : CaseStep.allowedSteps(status)) {
            assertThat(take(inStatus, step).step()).isEqualTo(step);
        }
    }

    @Test
    void should_allow_nothing_once_returned_or_withdrawn() {
        assertThat(CaseStep.allowedSteps(DossierStatus.RETURNED)).isEmpty();
        assertThat(CaseStep.allowedSteps(DossierStatus.WITHDRAWN)).isEmpty();
    }

    private static Case.Change take(Case inStatus, CaseStep step) {
        OffsetDateTime now = at("2026-04-29T09:00");
        return switch (step) {
            case ACCEPT -> inStatus.accept(PROCESSOR, now);
            case REQUEST_SUPPLEMENT -> inStatus.requestSupplement(PROCESSOR, now, "thiếu giấy tờ");
            case RECEIVE_SUPPLEMENT -> inStatus.receiveSupplement(PROCESSOR, now, CALENDAR, null);
            case DECIDE -> inStatus.decide(PROCESSOR, now, true, null);
            case MARK_RESULT_READY -> inStatus.markResultReady(PROCESSOR, now);
            case EXTEND -> inStatus.extend(PROCESSOR, now, DUE.plusDays(3), "xin lỗi");
            case WITHDRAW -> inStatus.withdraw(PROCESSOR, now, "công dân rút");
            case HAND_OVER -> inStatus.handOver(PROCESSOR, now);
        };
    }

    private static Case routed() {
        return new Case(UUID.randomUUID(), "00004-260427-00001", "CA-26737", "00004", DossierStatus.ROUTED, at("2026-04-27T08:30"), DUE, DUE, null, null, null,
                at("2026-04-27T08:30"), 0);
    }

    private static OffsetDateTime at(String localTime) {
        return OffsetDateTime.parse(localTime + ":00+07:00");
    }
}
