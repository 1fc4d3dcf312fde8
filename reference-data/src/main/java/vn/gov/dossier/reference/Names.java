package vn.gov.dossier.reference;

/**
 * The names people read beside the codes, from the reference data: a procedure's from a catalogue, a commune's with its
 * type ("Phường Ba Đình") from the administrative units.
 */
public final class Names {

    private final Catalogue catalogue;
    private final AdministrativeUnits units;

    public Names(Catalogue catalogue, AdministrativeUnits units) {
        this.catalogue = catalogue;
        this.units = units;
    }

    /** The shipped catalogue and the current map, read once for the JVM. */
    public static Names shipped() {
        return Shipped.NAMES;
    }

    private static final class Shipped {
        private static final Names NAMES = new Names(Catalogue.seed(), AdministrativeUnits.shipped());
    }

    /** Null for a code the catalogue does not know. */
    public String procedure(String code) {
        return code == null ? null : catalogue.procedure(code).map(Procedure::name).orElse(null);
    }

    /** Null for a code the map does not know. */
    public String unit(String code) {
        return code == null ? null : units.commune(code).map(Commune::fullName).orElse(null);
    }

    /** The commune's name, or its code when the map does not know it (in a sentence, something must stand there). */
    public String unitOrCode(String code) {
        String name = unit(code);
        return name == null ? (code == null ? "" : code) : name;
    }
}
