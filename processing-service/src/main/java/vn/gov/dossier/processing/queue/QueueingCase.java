package vn.gov.dossier.processing.queue;

import reactor.core.publisher.Mono;
import vn.gov.dossier.contracts.DossierRouted;

/** A routed dossier waits in its authority's queue, oldest due first. */
public class QueueingCase {

    private final Cases cases;

    public QueueingCase(Cases cases) {
        this.cases = cases;
    }

    public Mono<Void> routed(DossierRouted event) {
        return cases.open(event);
    }
}
