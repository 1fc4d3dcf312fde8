package vn.gov.dossier.processing.casework;

import java.util.EnumSet;
import java.util.Set;

/** What can happen to a case, and in which states each step is allowed. */
public enum Step {
    ACCEPT(EnumSet.of(CaseStatus.ROUTED)),
    REQUEST_SUPPLEMENT(EnumSet.of(CaseStatus.IN_PROCESSING)),
    RECEIVE_SUPPLEMENT(EnumSet.of(CaseStatus.AWAITING_SUPPLEMENT)),
    DECIDE(EnumSet.of(CaseStatus.IN_PROCESSING)),
    MARK_RESULT_READY(EnumSet.of(CaseStatus.APPROVED, CaseStatus.REJECTED)),
    EXTEND(EnumSet.of(CaseStatus.ROUTED, CaseStatus.IN_PROCESSING, CaseStatus.AWAITING_SUPPLEMENT)),
    WITHDRAW(EnumSet.of(CaseStatus.ROUTED, CaseStatus.IN_PROCESSING, CaseStatus.AWAITING_SUPPLEMENT)),
    HAND_OVER(EnumSet.of(CaseStatus.RESULT_READY));

    private final Set<CaseStatus> allowedIn;

    Step(Set<CaseStatus> allowedIn) {
        this.allowedIn = allowedIn;
    }

    public boolean allowedIn(CaseStatus status) {
        return allowedIn.contains(status);
    }

    /** The steps a case in this status may take, for a refusal to name. */
    public static Set<Step> allowedSteps(CaseStatus status) {
        Set<Step> steps = EnumSet.noneOf(Step.class);
        for (Step step : values()) {
            if (step.allowedIn(status)) {
                steps.add(step);
            }
        }
        return steps;
    }
}
