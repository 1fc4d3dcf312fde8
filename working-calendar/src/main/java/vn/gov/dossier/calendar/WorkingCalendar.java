package vn.gov.dossier.calendar;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import vn.gov.dossier.contracts.VietnamTime;

/**
 * Working days and appointment dates (DOMAIN.md, "Deadlines: working days").
 *
 * <p>The appointment date is the N-th working day after the effective receipt day; the effective receipt day is
 * the day of receipt, or the next working day when the dossier arrives on a non-working day or after the daily
 * cut-off. Example: received Thursday 09:00, 1 working day, Friday a holiday: due Monday.
 */
public final class WorkingCalendar {

    public static final LocalTime DEFAULT_CUT_OFF = LocalTime.of(15, 0);
    public static final LocalTime OFFICE_CLOSES = LocalTime.of(17, 0);
    /** Office hours for hour-based procedures: 08:00–12:00 and 13:00–17:00, eight working hours a day. */
    static final LocalTime OFFICE_OPENS = LocalTime.of(8, 0);
    static final LocalTime LUNCH_STARTS = LocalTime.of(12, 0);
    static final LocalTime LUNCH_ENDS = LocalTime.of(13, 0);

    private final Map<Integer, HolidayOverrides> overrides;
    private final LocalTime cutOff;
    private final Map<Integer, Set<LocalDate>> holidaysByYear = new ConcurrentHashMap<>();

    public WorkingCalendar(Map<Integer, HolidayOverrides> overridesByYear, LocalTime cutOff) {
        this.overrides = Map.copyOf(overridesByYear);
        this.cutOff = cutOff;
    }

    public static WorkingCalendar standard() {
        return new WorkingCalendar(HolidayOverrides.published(), DEFAULT_CUT_OFF);
    }

    /** The same calendar with another daily cut-off (provinces may set their own). */
    public WorkingCalendar withCutOff(LocalTime otherCutOff) {
        return otherCutOff.equals(cutOff) ? this : new WorkingCalendar(overrides, otherCutOff);
    }

    public LocalTime cutOff() {
        return cutOff;
    }

    public boolean isWorkingDay(LocalDate day) {
        HolidayOverrides yearly = overrides.getOrDefault(day.getYear(), HolidayOverrides.NONE);
        if (yearly.workingDays().contains(day)) {
            return true;
        }
        if (yearly.extraDaysOff().contains(day) || PublicHolidays.isWeekend(day)) {
            return false;
        }
        return !holidaysByYear.computeIfAbsent(day.getYear(), PublicHolidays::of).contains(day);
    }

    public LocalDate nextWorkingDay(LocalDate day) {
        LocalDate next = day.plusDays(1);
        while (!isWorkingDay(next)) {
            next = next.plusDays(1);
        }
        return next;
    }

    public LocalDate effectiveReceiptDay(OffsetDateTime receivedAt) {
        ZonedDateTime local = receivedAt.atZoneSameInstant(VietnamTime.ZONE);
        LocalDate day = local.toLocalDate();
        if (!isWorkingDay(day) || !local.toLocalTime().isBefore(cutOff)) {
            return nextWorkingDay(day);
        }
        return day;
    }

    /**
     * The appointment for a procedure whose statutory time is in working hours: counted within office hours from the
     * moment of receipt, or from the next opening when received outside office hours, on a day off or after the
     * cut-off.
     */
    public Appointment appointmentInWorkingHours(OffsetDateTime receivedAt, int workingHours) {
        ZonedDateTime local = receivedAt.atZoneSameInstant(VietnamTime.ZONE);
        ZonedDateTime start = isWorkingDay(local.toLocalDate()) && local.toLocalTime().isBefore(cutOff)
                ? local
                : nextWorkingDay(local.toLocalDate()).atTime(OFFICE_OPENS).atZone(VietnamTime.ZONE);
        OffsetDateTime due = plusWorkingMinutes(start.toOffsetDateTime(), workingHours * 60L);
        return new Appointment(due.atZoneSameInstant(VietnamTime.ZONE).toLocalDate(), due);
    }

    /**
     * The moment that lies {@code minutes} of working time (office hours on working days) after {@code from}; time
     * outside office hours does not count. Used to move a deadline by a suspension's working time.
     */
    public OffsetDateTime plusWorkingMinutes(OffsetDateTime from, long minutes) {
        ZonedDateTime local = from.atZoneSameInstant(VietnamTime.ZONE);
        LocalDate day = local.toLocalDate();
        LocalTime time = local.toLocalTime();
        if (!isWorkingDay(day) || !time.isBefore(OFFICE_CLOSES)) {
            if (minutes == 0) {
                return from;
            }
            day = nextWorkingDay(day);
            time = OFFICE_OPENS;
        } else if (time.isBefore(OFFICE_OPENS)) {
            time = OFFICE_OPENS;
        } else if (!time.isBefore(LUNCH_STARTS) && time.isBefore(LUNCH_ENDS)) {
            time = LUNCH_ENDS;
        }
        long left = minutes;
        while (true) {
            LocalTime blockEnds = time.isBefore(LUNCH_STARTS) ? LUNCH_STARTS : OFFICE_CLOSES;
            long available = java.time.Duration.between(time, blockEnds).toMinutes();
            if (left <= available) {
                return day.atTime(time.plusMinutes(left)).atZone(VietnamTime.ZONE).toOffsetDateTime();
            }
            left -= available;
            if (blockEnds.equals(LUNCH_STARTS)) {
                time = LUNCH_ENDS;
            } else {
                day = nextWorkingDay(day);
                time = OFFICE_OPENS;
            }
        }
    }

    /** Working time (office hours on working days) between two moments, in minutes; 0 when {@code to} is not later. */
    public long workingMinutesBetween(OffsetDateTime from, OffsetDateTime to) {
        ZonedDateTime start = from.atZoneSameInstant(VietnamTime.ZONE);
        ZonedDateTime end = to.atZoneSameInstant(VietnamTime.ZONE);
        long minutes = 0;
        for (LocalDate day = start.toLocalDate(); !day.isAfter(end.toLocalDate()); day = day.plusDays(1)) {
            if (!isWorkingDay(day)) {
                continue;
            }
            LocalTime dayStart = day.equals(start.toLocalDate()) ? start.toLocalTime() : LocalTime.MIN;
            LocalTime dayEnd = day.equals(end.toLocalDate()) ? end.toLocalTime() : LocalTime.MAX;
            minutes += overlap(dayStart, dayEnd, OFFICE_OPENS, LUNCH_STARTS) + overlap(dayStart, dayEnd, LUNCH_ENDS, OFFICE_CLOSES);
        }
        return minutes;
    }

    private static long overlap(LocalTime from, LocalTime to, LocalTime blockStart, LocalTime blockEnd) {
        LocalTime start = from.isAfter(blockStart) ? from : blockStart;
        LocalTime end = to.isBefore(blockEnd) ? to : blockEnd;
        return end.isAfter(start) ? java.time.Duration.between(start, end).toMinutes() : 0;
    }

    /** The appointment for a procedure taking {@code workingDays} working days, received at {@code receivedAt}. */
    public Appointment appointment(OffsetDateTime receivedAt, int workingDays) {
        LocalDate due = effectiveReceiptDay(receivedAt);
        for (int i = 0; i < workingDays; i++) {
            due = nextWorkingDay(due);
        }
        return new Appointment(due, due.atTime(OFFICE_CLOSES).atZone(VietnamTime.ZONE).toOffsetDateTime());
    }
}
