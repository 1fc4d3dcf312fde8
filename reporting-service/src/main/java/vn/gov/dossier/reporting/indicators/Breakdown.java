package vn.gov.dossier.reporting.indicators;

/** How counts are split: not at all, or by receiving province, receiving commune, authority or procedure. */
public enum Breakdown {
    NONE, PROVINCE, COMMUNE, AUTHORITY, PROCEDURE;

    /** The natural split of a scope into its units (API.md's CSV: one row per unit of the scope). */
    public static Breakdown unitsOf(Scope scope) {
        return switch (scope.kind()) {
            case NATIONAL -> PROVINCE;
            case PROVINCE -> COMMUNE;
            case COMMUNE -> COMMUNE;
            case AUTHORITY -> AUTHORITY;
            case PROCEDURE -> PROCEDURE;
        };
    }
}
