package vn.gov.dossier.calendar;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** What a receipt promises: the appointment date and the moment the time runs out (close of office that day). */
public record Appointment(LocalDate appointmentDate, OffsetDateTime dueAt) {
}
