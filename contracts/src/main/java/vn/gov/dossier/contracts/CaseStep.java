package vn.gov.dossier.contracts;

import java.util.EnumSet;
import java.util.Set;

/**
 * What can happen to a case at its authority, and in which statuses each step is allowed: the legal state machine
 * (DOMAIN.md, "States of a dossier"), decided here once for processing and for the desks.
 */
public enum CaseStep {
    ACCEPT(EnumSet.of(DossierStatus.ROUTED)),
    REQUEST_SUPPLEMENT(EnumSet.of(DossierStatus.IN_PROCESSING)),
    RECEIVE_SUPPLEMENT(EnumSet.of(DossierStatus.AWAITING_SUPPLEMENT)),
    DECIDE(EnumSet.of(DossierStatus.IN_PROCESSING)),
    MARK_RESULT_READY(EnumSet.of(DossierStatus.APPROVED, DossierStatus.REJECTED)),
    EXTEND(DossierStatus.UNRESOLVED),
    WITHDRAW(DossierStatus.UNRESOLVED),
    HAND_OVER(EnumSet.of(DossierStatus.RESULT_READY));

    private final Set<DossierStatus> allowedIn;

    CaseStep(Set<DossierStatus> allowedIn) {
        this.allowedIn = EnumSet.copyOf(allowedIn);
    }

    public boolean allowedIn(DossierStatus status) {
        return status != null && allowedIn.contains(status);
    }

    public Set<DossierStatus> allowedIn() {
        return EnumSet.copyOf(allowedIn);
    }

    /** The steps a case in this status may take, for a refusal to name. */
    public static Set<CaseStep> allowedSteps(DossierStatus status) {
        Set<CaseStep> steps = EnumSet.noneOf(CaseStep.class);
        for (CaseStep step : values()) {
            if (step.allowedIn(status)) {
                steps.add(step);
            }
        }
        return steps;
    }
}
