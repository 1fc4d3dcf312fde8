package vn.gov.dossier.notification.delivery;

import vn.gov.dossier.reference.AdministrativeUnits;
import vn.gov.dossier.reference.Catalogue;
import vn.gov.dossier.reference.Commune;
import vn.gov.dossier.reference.Procedure;

/** The names notices use, from the reference data (read once, shared by every channel's dispatcher). */
public final class Names {

    private final Catalogue catalogue;
    private final AdministrativeUnits units;

    public Names(Catalogue catalogue, AdministrativeUnits units) {
        this.catalogue = catalogue;
        this.units = units;
    }

    public static Names fromReferenceData() {
        return new Names(Catalogue.seed(), AdministrativeUnits.current());
    }

    /** The procedure's name, or its code when it is not in the shipped catalogue. */
    public String procedure(String code) {
        return catalogue.procedure(code).map(Procedure::name).orElse(code);
    }

    /** "Bộ phận Một cửa Phường Ba Đình" for the desk of commune 00004. */
    public String desk(String unitCode) {
        return "Bộ phận Một cửa " + units.commune(unitCode).map(Commune::fullName).orElse(unitCode);
    }
}
