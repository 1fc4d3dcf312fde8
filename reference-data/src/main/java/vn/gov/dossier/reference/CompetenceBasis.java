package vn.gov.dossier.reference;

/** Whose location decides which authority is competent (DOMAIN.md, "Routing: who is competent"). */
public enum CompetenceBasis {
    /** The applicant's commune (or province) of residence. */
    RESIDENCE,
    /** Where the subject lies: land, a building, a business. */
    SUBJECT_LOCATION,
    /** The commune whose desk received the dossier may decide it itself. */
    RECEIVING_UNIT,
    /** A national agency, wherever the dossier comes from. */
    NONE
}
