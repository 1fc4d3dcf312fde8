package vn.gov.dossier.intake.deskwork;

import java.util.List;
import vn.gov.dossier.intake.registration.Violation;

/** The desk's request has invalid fields (answered 400, each named). */
public class InvalidDeskRequest extends RuntimeException {

    private static final long serialVersionUID = 1L;
    private final transient List<Violation> violations;

    InvalidDeskRequest(List<Violation> violations) {
        super("invalid desk request: " + violations);
        this.violations = List.copyOf(violations);
    }

    public List<Violation> violations() {
        return violations;
    }
}
