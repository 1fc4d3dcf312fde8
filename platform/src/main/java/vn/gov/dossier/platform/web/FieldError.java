package vn.gov.dossier.platform.web;

/** One invalid field of a request, named by its JSON path (e.g. {@code applicant.idNumber}). */
public record FieldError(String field, String message) {
}
