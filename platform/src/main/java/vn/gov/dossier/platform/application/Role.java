package vn.gov.dossier.platform.application;

/** What an officer (or a citizen) is allowed to be, as the identity provider's {@code roles} claim names it. */
public enum Role {
    /** Works at a commune's one-stop desk; the unit is the commune's code. */
    CLERK,
    /** Works a competent authority's cases; the unit is the authority's id. */
    PROCESSOR,
    /** Keeps the catalogue, routes by hand, rebuilds projections; no unit. */
    ADMIN,
    /** Watches indicators and deliveries; the unit is a province code or {@code national}. */
    OPERATOR,
    /**
     * Helps citizens file online at a commune (a rapid-response team member, a Youth Union volunteer, a village
     * digital-technology team); the unit is the commune's code. Files assisted online dossiers and finishes the ones
     * citizens started, nothing else.
     */
    SUPPORT,
    /** Files and follows their own dossiers online (no unit; the personal identification number names them). */
    CITIZEN
}
