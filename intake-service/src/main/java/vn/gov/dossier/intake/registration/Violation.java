package vn.gov.dossier.intake.registration;

/** One invalid field, named by its JSON path. */
public record Violation(String field, String message) {
}
