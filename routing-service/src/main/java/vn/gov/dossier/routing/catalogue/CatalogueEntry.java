package vn.gov.dossier.routing.catalogue;

import vn.gov.dossier.reference.Procedure;

/** One procedure as the catalogue holds it: offered or withdrawn, at a catalogue version. */
public record CatalogueEntry(Procedure procedure, boolean offered, long version) {
}
