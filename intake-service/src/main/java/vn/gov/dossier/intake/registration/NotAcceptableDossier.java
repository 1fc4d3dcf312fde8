package vn.gov.dossier.intake.registration;

import java.util.List;

/** Well-formed, but the catalogue or the map cannot take it: unknown or not offered procedure, unknown unit (422). */
public class NotAcceptableDossier extends Violations {

    private static final long serialVersionUID = 1L;

    public NotAcceptableDossier(List<Violation> violations) {
        super("not acceptable", violations);
    }
}
