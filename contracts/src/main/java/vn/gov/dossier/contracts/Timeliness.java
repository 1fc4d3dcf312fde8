package vn.gov.dossier.contracts;

/** How a decision stood against the due date (DOMAIN.md, "Indicators"): fixed when the case is decided. */
public enum Timeliness {
    EARLY, ON_TIME, LATE
}
