package vn.gov.dossier.processing.queue;

import vn.gov.dossier.reference.AdministrativeUnits;
import vn.gov.dossier.reference.Catalogue;
import vn.gov.dossier.reference.Commune;
import vn.gov.dossier.reference.Procedure;

/**
 * The names a processor reads beside the codes: a procedure's from the catalogue the system shipped with (a procedure
 * added later is shown by its code), a commune's from the administrative units.
 */
public final class Names {

    private final Catalogue catalogue;
    private final AdministrativeUnits units;

    public Names(Catalogue catalogue, AdministrativeUnits units) {
        this.catalogue = catalogue;
        this.units = units;
    }

    /** Null for a code the catalogue does not know. */
    public String procedure(String code) {
        return code == null ? null : catalogue.procedure(code).map(Procedure::name).orElse(null);
    }

    /** A commune's name with its type ("Phường Ba Đình"); null for an unknown code. */
    public String unit(String code) {
        return code == null ? null : units.commune(code).map(Commune::fullName).orElse(null);
    }
}
