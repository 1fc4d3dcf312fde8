package vn.gov.dossier.intake.registration;

import java.util.List;

/** The request is malformed or has invalid fields (answered 400). */
public class InvalidDossier extends RuntimeException {

    private static final long serialVersionUID = 1L;
    private final transient List<Violation> violations;

    public InvalidDossier(List<Violation> violations) {
        super("invalid dossier: " + violations);
        this.violations = List.copyOf(violations);
    }

    public List<Violation> violations() {
        return violations;
    }
}
