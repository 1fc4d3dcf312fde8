package vn.gov.dossier.intake.registration;

/** The states of a dossier (DOMAIN.md, "States of a dossier"), as the citizen-facing view shows them. */
public enum DossierStatus {
    RECEIVED, ROUTED, ROUTING_FAILED, IN_PROCESSING, AWAITING_SUPPLEMENT, APPROVED, REJECTED, RESULT_READY, RETURNED, WITHDRAWN
}
