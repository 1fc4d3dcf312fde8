package vn.gov.dossier.processing.deadline;

import java.time.Duration;
import java.time.OffsetDateTime;
import vn.gov.dossier.calendar.WorkingCalendar;

/** A running case is due soon when its due time is within this much working time from now (DOMAIN.md: one working day). */
public record DueSoon(WorkingCalendar calendar, Duration workingTime) {

    /** The latest due time that counts as due soon now. */
    public OffsetDateTime horizon(OffsetDateTime now) {
        return calendar.plusWorkingMinutes(now, workingTime.toMinutes());
    }
}
