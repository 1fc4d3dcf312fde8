package vn.gov.dossier.intake.registration;

import java.util.List;

/** A request refused for what is wrong with its fields, each named (the web layer answers with one problem listing them). */
public abstract class Violations extends RuntimeException {

    private static final long serialVersionUID = 1L;
    private final transient List<Violation> violations;

    protected Violations(String what, List<Violation> violations) {
        super(what + ": " + violations);
        this.violations = List.copyOf(violations);
    }

    public List<Violation> violations() {
        return violations;
    }
}
