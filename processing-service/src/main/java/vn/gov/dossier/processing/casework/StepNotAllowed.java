package vn.gov.dossier.processing.casework;

import java.util.Set;

/** A step the case's status does not allow (answered 409, naming the steps that are allowed). */
public class StepNotAllowed extends RuntimeException {

    private static final long serialVersionUID = 1L;
    private final CaseStatus status;
    private final transient Set<Step> allowed;

    public StepNotAllowed(Step step, CaseStatus status) {
        super(step + " is not allowed while the case is " + status + "; allowed: " + Step.allowedSteps(status));
        this.status = status;
        this.allowed = Step.allowedSteps(status);
    }

    public CaseStatus status() {
        return status;
    }

    public Set<Step> allowed() {
        return allowed;
    }
}
