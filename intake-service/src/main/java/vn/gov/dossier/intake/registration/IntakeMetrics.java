package vn.gov.dossier.intake.registration;

/** What intake counts for operations: dossiers received, by channel and by the receiving desk's province. */
public interface IntakeMetrics {

    void received(Dossier dossier);
}
