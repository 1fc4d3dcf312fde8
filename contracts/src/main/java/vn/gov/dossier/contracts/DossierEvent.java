package vn.gov.dossier.contracts;

import java.util.UUID;

/** An event about one dossier: keyed by the dossier's id, so that one dossier's events stay in order. */
public interface DossierEvent extends Event {

    UUID dossierId();

    String dossierCode();

    @Override
    default String key() {
        return dossierId().toString();
    }

    @Override
    default String subject() {
        return dossierCode();
    }
}
