package vn.gov.dossier.processing.casework;

/** What the operations staff see of casework. */
public interface CaseMetrics {

    /** A step was stored: the time the case spent in its former status when the step left it, and decisions by timeliness. */
    void stepTaken(Case before, Case.Change change);
}
