package vn.gov.dossier.contracts;

import java.util.Set;

/**
 * What a desk (any desk) does for the citizen on a dossier, and the case step it asks the authority for. Whether it is
 * allowed is the case step's rule ({@link CaseStep}), plus, for a withdrawal, the statuses before routing, in which the
 * desk closes the dossier itself.
 */
public enum DeskStep {
    SUPPLEMENT_PROVIDED(CaseStep.RECEIVE_SUPPLEMENT),
    WITHDRAWAL_REQUESTED(CaseStep.WITHDRAW),
    RESULT_HANDED_OVER(CaseStep.HAND_OVER);

    private final CaseStep caseStep;

    DeskStep(CaseStep caseStep) {
        this.caseStep = caseStep;
    }

    public CaseStep caseStep() {
        return caseStep;
    }

    /** The statuses (as the desk knows them) in which the desk may take the step. */
    public Set<DossierStatus> allowedIn() {
        Set<DossierStatus> allowed = caseStep.allowedIn();
        if (this == WITHDRAWAL_REQUESTED) {
            allowed.addAll(DossierStatus.BEFORE_ROUTING);
        }
        return allowed;
    }

    public boolean allowedIn(DossierStatus status) {
        return status != null && allowedIn().contains(status);
    }
}
