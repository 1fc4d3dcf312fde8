package vn.gov.dossier.calendar;

import java.time.LocalDate;
import java.util.Set;

/**
 * What the Prime Minister fixes each year on top of the Labour Code's rule: extra days off (e.g. the exact Tết
 * days, a bridging day) and make-up working days (usually Saturdays). Loaded from data, never hard-coded.
 */
public record HolidayOverrides(Set<LocalDate> extraDaysOff, Set<LocalDate> workingDays) {

    public static final HolidayOverrides NONE = new HolidayOverrides(Set.of(), Set.of());

    public HolidayOverrides {
        extraDaysOff = Set.copyOf(extraDaysOff);
        workingDays = Set.copyOf(workingDays);
    }
}
