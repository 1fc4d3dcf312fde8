package vn.gov.dossier.notification.delivery;

/** The notices there are, and who receives each. */
public enum NoticeTemplate {
    /** Receipt: code, look-up link, appointment date. To the citizen. */
    RECEIPT(true),
    /** A new dossier in the authority's inbox. */
    ROUTED(false),
    /** What is missing and where to bring it. To the citizen. */
    SUPPLEMENT_REQUESTED(true),
    /** Where to collect the result. To the citizen. */
    RESULT_READY(true),
    /** The apology with the new date. To the citizen. */
    EXTENDED(true),
    /** The refusal with its reason. To the citizen. */
    REJECTED(true),
    /** A reminder in the authority's inbox. */
    DUE_SOON(false),
    /** An alert in the authority's inbox. */
    OVERDUE(false);

    private final boolean toCitizen;

    NoticeTemplate(boolean toCitizen) {
        this.toCitizen = toCitizen;
    }

    public boolean toCitizen() {
        return toCitizen;
    }
}
