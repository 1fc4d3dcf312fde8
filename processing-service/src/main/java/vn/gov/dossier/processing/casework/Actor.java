package vn.gov.dossier.processing.casework;

/**
 * Who did a step, from which unit and in which role: a processor at the authority or a clerk at a desk, as their verified
 * token named them, or the system (no unit, no role).
 */
public record Actor(String name, String unitCode, String role) {

    public static final Actor SYSTEM = new Actor("system", null, null);

    /** A processor of this authority. */
    public static Actor processor(String name, String authorityId) {
        return new Actor(name, authorityId, "PROCESSOR");
    }

    /** A clerk at this desk. */
    public static Actor clerk(String name, String deskUnitCode) {
        return new Actor(name, deskUnitCode, "CLERK");
    }
}
