package vn.gov.dossier.intake.registration;

/** A procedure's statutory processing time: in working days, or in working hours when {@code hours} is set. */
public record ProcessingTime(int days, Integer hours) {
}
