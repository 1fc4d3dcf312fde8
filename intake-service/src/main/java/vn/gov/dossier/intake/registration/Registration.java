package vn.gov.dossier.intake.registration;

/** The outcome of registering: the dossier, and whether this request created it (false for an idempotent repeat). */
public record Registration(Dossier dossier, boolean created) {
}
