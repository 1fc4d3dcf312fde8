package vn.gov.dossier.intake.registration;

import java.util.List;

/** The request is malformed or has invalid fields (answered 400). */
public class InvalidDossier extends Violations {

    private static final long serialVersionUID = 1L;

    public InvalidDossier(List<Violation> violations) {
        super("invalid dossier", violations);
    }
}
