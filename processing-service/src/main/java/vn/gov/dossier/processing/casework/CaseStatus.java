package vn.gov.dossier.processing.casework;

public enum CaseStatus {
    ROUTED, IN_PROCESSING, AWAITING_SUPPLEMENT, APPROVED, REJECTED, RESULT_READY, RETURNED, WITHDRAWN
}
