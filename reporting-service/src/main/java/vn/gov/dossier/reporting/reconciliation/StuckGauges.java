package vn.gov.dossier.reporting.reconciliation;

import java.util.Map;

/** {@code dossier_stuck{stage}}: how many dossiers are stuck now, for the alert and the dashboard. */
public interface StuckGauges {

    void counted(Map<StuckDossier.Stage, Long> byStage);
}
