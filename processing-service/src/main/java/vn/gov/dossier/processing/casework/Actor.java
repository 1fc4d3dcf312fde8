package vn.gov.dossier.processing.casework;

/** Who did a step and from which unit (a processor at the authority, a clerk at a desk, or the system). */
public record Actor(String name, String unitCode) {

    public static final Actor SYSTEM = new Actor("system", null);
}
