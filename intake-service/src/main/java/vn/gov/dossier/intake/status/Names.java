package vn.gov.dossier.intake.status;

import vn.gov.dossier.intake.catalogue.CatalogueReplica;

/**
 * The names people read beside the codes in intake's answers: a procedure's from the catalogue replica (what routing
 * announced last), a commune's from the reference data.
 */
public final class Names {

    private final CatalogueReplica catalogue;
    private final vn.gov.dossier.reference.Names reference;

    public Names(CatalogueReplica catalogue, vn.gov.dossier.reference.Names reference) {
        this.catalogue = catalogue;
        this.reference = reference;
    }

    /** Null for a code the catalogue does not know. */
    public String procedure(String code) {
        return catalogue.name(code).orElse(null);
    }

    /** A commune's name with its type ("Phường Ba Đình"); null for an unknown code. */
    public String unit(String code) {
        return reference.unit(code);
    }
}
