package vn.gov.dossier.routing.catalogue;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import vn.gov.dossier.reference.Procedure;

/** Where the catalogue is kept. */
public interface CatalogueStore {

    Flux<CatalogueEntry> all();

    /** Stores the procedure's new state under the next catalogue version. */
    Mono<CatalogueEntry> save(Procedure procedure, boolean offered);
}
