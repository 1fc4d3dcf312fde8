package vn.gov.dossier.intake.deskwork;

import java.util.List;
import vn.gov.dossier.intake.registration.Violation;
import vn.gov.dossier.intake.registration.Violations;

/** The desk's request has invalid fields (answered 400, each named). */
public class InvalidDeskRequest extends Violations {

    private static final long serialVersionUID = 1L;

    InvalidDeskRequest(List<Violation> violations) {
        super("invalid desk request", violations);
    }
}
