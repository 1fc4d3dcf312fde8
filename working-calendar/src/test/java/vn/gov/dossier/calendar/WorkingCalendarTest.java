package vn.gov.dossier.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WorkingCalendarTest {

    private final WorkingCalendar calendar = WorkingCalendar.standard();

    @Test
    void should_skip_a_holiday_friday_as_in_the_domain_example() {
        // Thursday 30 Apr 2026 is itself a holiday, so use Wednesday 29 Apr 2026: Thursday 30 Apr and Friday 1 May are
        // holidays, then the weekend: one working day after Wednesday is Monday 4 May.
        Appointment appointment = calendar.appointment(OffsetDateTime.parse("2026-04-29T09:00:00+07:00"), 1);

        assertThat(appointment.appointmentDate()).isEqualTo(LocalDate.parse("2026-05-04"));
        assertThat(appointment.dueAt()).isEqualTo(OffsetDateTime.parse("2026-05-04T17:00:00+07:00"));
    }

    @Test
    void should_start_counting_the_next_working_day_after_the_cut_off() {
        Appointment before = calendar.appointment(OffsetDateTime.parse("2026-11-23T14:59:00+07:00"), 1);
        Appointment after = calendar.appointment(OffsetDateTime.parse("2026-11-23T15:00:00+07:00"), 1);

        assertThat(before.appointmentDate()).isEqualTo(LocalDate.parse("2026-11-24"));
        assertThat(after.appointmentDate()).isEqualTo(LocalDate.parse("2026-11-25"));
    }

    @Test
    void should_read_the_receipt_time_in_vietnam_whatever_offset_it_came_with() {
        // 08:30 UTC on Monday is 15:30 in Hà Nội: after the cut-off.
        Appointment appointment = calendar.appointment(OffsetDateTime.parse("2026-11-23T08:30:00Z"), 1);

        assertThat(appointment.appointmentDate()).isEqualTo(LocalDate.parse("2026-11-25"));
    }

    @Test
    void should_treat_tet_as_five_days_off() {
        // Tết 2026: 17 Feb. Days off: 16 Feb (last day of the year) to 20 Feb.
        assertThat(calendar.isWorkingDay(LocalDate.parse("2026-02-13"))).isTrue();
        for (int day = 16; day <= 20; day++) {
            assertThat(calendar.isWorkingDay(LocalDate.of(2026, 2, day))).as("Feb %d", day).isFalse();
        }
        assertThat(calendar.isWorkingDay(LocalDate.parse("2026-02-23"))).isTrue();
    }

    @Test
    void should_give_a_compensatory_day_when_a_holiday_falls_on_a_weekend() {
        // Hùng Kings day 2026 is Sunday 26 Apr: Monday 27 Apr is off instead.
        assertThat(calendar.isWorkingDay(LocalDate.parse("2026-04-27"))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.parse("2026-04-28"))).isTrue();
    }

    @Test
    void should_count_working_hours_within_office_hours_across_lunch_and_the_night() {
        // Monday 23 Nov 2026, 10:30; 4 working hours: 1h30 before lunch, 2h30 after: 15:30.
        assertThat(calendar.appointmentInWorkingHours(OffsetDateTime.parse("2026-11-23T10:30:00+07:00"), 4).dueAt())
                .isEqualTo(OffsetDateTime.parse("2026-11-23T15:30:00+07:00"));
        // 14:00, 4 working hours: 3 today, 1 tomorrow morning: Tuesday 09:00.
        assertThat(calendar.appointmentInWorkingHours(OffsetDateTime.parse("2026-11-23T14:00:00+07:00"), 4).dueAt())
                .isEqualTo(OffsetDateTime.parse("2026-11-24T09:00:00+07:00"));
        // Received at lunch: counting starts at 13:00.
        assertThat(calendar.appointmentInWorkingHours(OffsetDateTime.parse("2026-11-23T12:20:00+07:00"), 2).dueAt())
                .isEqualTo(OffsetDateTime.parse("2026-11-23T15:00:00+07:00"));
    }

    @Test
    void should_start_an_hour_based_count_at_the_next_opening_after_the_cut_off_or_on_a_day_off() {
        // Friday 24 Apr 2026 after 15:00: Monday 27 Apr is the compensatory day for Hùng Kings day; start Tuesday 08:00.
        Appointment appointment = calendar.appointmentInWorkingHours(OffsetDateTime.parse("2026-04-24T15:30:00+07:00"), 4);

        assertThat(appointment.dueAt()).isEqualTo(OffsetDateTime.parse("2026-04-28T12:00:00+07:00"));
        assertThat(appointment.appointmentDate()).isEqualTo(LocalDate.parse("2026-04-28"));
    }

    @Test
    void should_let_a_province_set_a_later_cut_off() {
        WorkingCalendar laterCutOff = calendar.withCutOff(LocalTime.of(16, 30));

        assertThat(calendar.appointment(OffsetDateTime.parse("2026-11-23T16:00:00+07:00"), 1).appointmentDate())
                .isEqualTo(LocalDate.parse("2026-11-25"));
        assertThat(laterCutOff.appointment(OffsetDateTime.parse("2026-11-23T16:00:00+07:00"), 1).appointmentDate())
                .isEqualTo(LocalDate.parse("2026-11-24"));
    }

    @Test
    void should_measure_a_suspension_in_working_time_across_a_weekend_and_a_holiday() {
        // Thursday 30 Apr 2026 10:00 is itself a holiday; use Wednesday 29 Apr 10:00 to Tuesday 5 May 10:00:
        // Wed 10-17 = 6 h, Thu 30 Apr and Fri 1 May holidays, weekend, Mon 4 May 8 h, Tue 8-10 = 2 h: 16 h.
        long minutes = calendar.workingMinutesBetween(OffsetDateTime.parse("2026-04-29T10:00:00+07:00"),
                OffsetDateTime.parse("2026-05-05T10:00:00+07:00"));

        assertThat(minutes).isEqualTo(16 * 60);
        // A deadline at 17:00 on Wednesday 6 May moves by those 16 working hours to 17:00 on Friday 8 May.
        assertThat(calendar.plusWorkingMinutes(OffsetDateTime.parse("2026-05-06T17:00:00+07:00"), minutes))
                .isEqualTo(OffsetDateTime.parse("2026-05-08T17:00:00+07:00"));
    }

    @Test
    void should_count_no_working_time_outside_office_hours() {
        assertThat(calendar.workingMinutesBetween(OffsetDateTime.parse("2026-11-21T09:00:00+07:00"),
                OffsetDateTime.parse("2026-11-22T16:00:00+07:00"))).isZero();
        assertThat(calendar.workingMinutesBetween(OffsetDateTime.parse("2026-11-23T11:30:00+07:00"),
                OffsetDateTime.parse("2026-11-23T13:30:00+07:00"))).isEqualTo(60);
    }

    @Test
    void should_ship_the_published_swaps_of_2025() {
        assertThat(calendar.isWorkingDay(LocalDate.parse("2025-05-02"))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.parse("2025-04-26"))).isTrue();
    }

    @Test
    void should_ship_the_published_decisions_of_2026() {
        // New Year: 1-4 Jan off, Friday 2 Jan made up on Saturday 10 Jan.
        assertThat(calendar.isWorkingDay(LocalDate.parse("2026-01-02"))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.parse("2026-01-10"))).isTrue();
        // Tết Bính Ngọ: 14-22 Feb, the working days before and after it.
        assertThat(LocalDate.parse("2026-02-14").datesUntil(LocalDate.parse("2026-02-23"))).noneMatch(calendar::isWorkingDay);
        assertThat(calendar.isWorkingDay(LocalDate.parse("2026-02-13"))).isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.parse("2026-02-23"))).isTrue();
        // Hùng Kings day on Sunday 26 Apr, compensated on Monday 27; 30 Apr and 1 May.
        assertThat(calendar.isWorkingDay(LocalDate.parse("2026-04-27"))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.parse("2026-04-28"))).isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.parse("2026-04-30"))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.parse("2026-05-01"))).isFalse();
        // National Day: 29 Aug-2 Sep off (31 Aug made up on Saturday 22 Aug); Thursday 3 Sep is a working day.
        assertThat(LocalDate.parse("2026-08-29").datesUntil(LocalDate.parse("2026-09-03"))).noneMatch(calendar::isWorkingDay);
        assertThat(calendar.isWorkingDay(LocalDate.parse("2026-08-22"))).isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.parse("2026-09-03"))).isTrue();
    }

    @Test
    void should_move_an_appointment_when_a_decision_is_added_to_the_table() {
        // A one-day procedure received on Friday 28 Aug 2026: due Monday 31 Aug by the rule alone, but 31 Aug was
        // swapped for a day off, 1 and 2 Sep are the holiday, so it is due Thursday 3 Sep once the decision is in.
        OffsetDateTime friday = OffsetDateTime.parse("2026-08-28T09:00:00+07:00");
        WorkingCalendar ruleAlone = new WorkingCalendar(Map.of(), LocalTime.of(15, 0));
        WorkingCalendar withDecisions = new WorkingCalendar(HolidayOverrides.published(), LocalTime.of(15, 0));

        assertThat(ruleAlone.appointment(friday, 1).appointmentDate()).isEqualTo(LocalDate.parse("2026-08-31"));
        assertThat(withDecisions.appointment(friday, 1).appointmentDate()).isEqualTo(LocalDate.parse("2026-09-03"));
    }

    @Test
    void should_apply_the_yearly_override_table() {
        LocalDate madeUpSaturday = LocalDate.parse("2026-01-10");
        LocalDate bridgingDay = LocalDate.parse("2026-01-02");
        WorkingCalendar withOverrides = new WorkingCalendar(
                Map.of(2026, new HolidayOverrides(Set.of(bridgingDay), Set.of(madeUpSaturday))), LocalTime.of(15, 0));
        WorkingCalendar withoutOverrides = new WorkingCalendar(Map.of(), LocalTime.of(15, 0));

        assertThat(withoutOverrides.isWorkingDay(bridgingDay)).isTrue();
        assertThat(withOverrides.isWorkingDay(bridgingDay)).isFalse();
        assertThat(withoutOverrides.isWorkingDay(madeUpSaturday)).isFalse();
        assertThat(withOverrides.isWorkingDay(madeUpSaturday)).isTrue();
    }
}
