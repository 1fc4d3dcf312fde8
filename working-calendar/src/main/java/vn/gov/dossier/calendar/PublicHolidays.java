package vn.gov.dossier.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.Set;
import java.util.TreeSet;

/**
 * The public holidays of Labour Code 2019, Art. 112(1), for one Gregorian year, with compensatory days.
 *
 * <ul>
 *   <li>1 January; Tết, 5 days; Hùng Kings day, 10th day of the 3rd lunar month; 30 April; 1 May;
 *       National Day, 2 September and one adjacent day.</li>
 *   <li>Art. 112(3): a holiday that falls on a weekly day off is made up on the next working day.</li>
 * </ul>
 *
 * The Prime Minister decides the exact Tết days and the day adjacent to 2 September each year; the defaults here
 * (the last day of the lunar year and the first four of the new one; 1 or 3 September, whichever joins a weekend
 * or bridges to one) follow recent practice and are corrected per year by {@link HolidayOverrides}.
 */
public final class PublicHolidays {

    private PublicHolidays() {
    }

    public static Set<LocalDate> of(int year) {
        Set<LocalDate> statutory = new TreeSet<>();
        statutory.add(LocalDate.of(year, Month.JANUARY, 1));
        LocalDate tet = VietnameseLunarCalendar.lunarNewYear(year);
        for (int day = -1; day <= 3; day++) {
            statutory.add(tet.plusDays(day));
        }
        statutory.add(VietnameseLunarCalendar.toSolar(year, 3, 10));
        statutory.add(LocalDate.of(year, Month.APRIL, 30));
        statutory.add(LocalDate.of(year, Month.MAY, 1));
        LocalDate nationalDay = LocalDate.of(year, Month.SEPTEMBER, 2);
        statutory.add(nationalDay);
        statutory.add(adjacentToNationalDay(nationalDay));
        return withCompensatoryDays(statutory);
    }

    private static LocalDate adjacentToNationalDay(LocalDate nationalDay) {
        return switch (nationalDay.getDayOfWeek()) {
            case TUESDAY, SATURDAY, SUNDAY -> nationalDay.minusDays(1);
            default -> nationalDay.plusDays(1);
        };
    }

    private static Set<LocalDate> withCompensatoryDays(Set<LocalDate> statutory) {
        Set<LocalDate> all = new TreeSet<>(statutory);
        for (LocalDate holiday : statutory) {
            if (isWeekend(holiday)) {
                LocalDate compensatory = holiday.plusDays(1);
                while (isWeekend(compensatory) || all.contains(compensatory)) {
                    compensatory = compensatory.plusDays(1);
                }
                all.add(compensatory);
            }
        }
        return all;
    }

    static boolean isWeekend(LocalDate day) {
        return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
    }
}
