package vn.gov.dossier.processing.casework;

import vn.gov.dossier.contracts.CaseStep;
import vn.gov.dossier.contracts.DossierStatus;
import java.util.Set;

/** A step the case's status does not allow (answered 409, naming the steps that are allowed). */
public class StepNotAllowed extends RuntimeException {

    private static final long serialVersionUID = 1L;
    private final DossierStatus status;
    private final transient Set<CaseStep> allowed;

    public StepNotAllowed(CaseStep step, DossierStatus status) {
        super(step + " is not allowed while the case is " + status + "; allowed: " + CaseStep.allowedSteps(status));
        this.status = status;
        this.allowed = CaseStep.allowedSteps(status);
    }

    public DossierStatus status() {
        return status;
    }

    public Set<CaseStep> allowed() {
        return allowed;
    }
}
