package vn.gov.dossier.intake.status;

import vn.gov.dossier.intake.catalogue.CatalogueReplica;
import vn.gov.dossier.reference.AdministrativeUnits;
import vn.gov.dossier.reference.Commune;

/** The names people read beside the codes: a procedure's from the catalogue replica, a commune's from the units. */
public final class Names {

    private final CatalogueReplica catalogue;
    private final AdministrativeUnits units;

    public Names(CatalogueReplica catalogue, AdministrativeUnits units) {
        this.catalogue = catalogue;
        this.units = units;
    }

    /** Null for a code the catalogue does not know. */
    public String procedure(String code) {
        return catalogue.name(code).orElse(null);
    }

    /** A commune's name with its type ("Phường Ba Đình"); null for an unknown code. */
    public String unit(String code) {
        return code == null ? null : units.commune(code).map(Commune::fullName).orElse(null);
    }
}
