package vn.gov.dossier.notification.delivery;

import vn.gov.dossier.reference.AdministrativeUnits;
import vn.gov.dossier.reference.Catalogue;

/** The names notices use, from the reference data (read once, shared by every channel's dispatcher). */
public final class Names {

    private final vn.gov.dossier.reference.Names reference;

    public Names(Catalogue catalogue, AdministrativeUnits units) {
        this.reference = new vn.gov.dossier.reference.Names(catalogue, units);
    }

    public static Names fromReferenceData() {
        return new Names(Catalogue.seed(), AdministrativeUnits.shipped());
    }

    /** The procedure's name, or its code when it is not in the shipped catalogue. */
    public String procedure(String code) {
        String name = reference.procedure(code);
        return name == null ? code : name;
    }

    /** "Bộ phận Một cửa Phường Ba Đình" for the desk of commune 00004. */
    public String desk(String unitCode) {
        return "Bộ phận Một cửa " + reference.unitOrCode(unitCode);
    }
}
