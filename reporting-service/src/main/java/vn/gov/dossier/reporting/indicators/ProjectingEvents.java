package vn.gov.dossier.reporting.indicators;

import reactor.core.publisher.Mono;
import vn.gov.dossier.contracts.DossierRouted;
import vn.gov.dossier.contracts.DossierSubmitted;
import vn.gov.dossier.contracts.RoutingFailed;

/** Projects each dossier event into its fact row. Order-tolerant: every event carries what its columns need. */
public class ProjectingEvents {

    private final Facts facts;

    public ProjectingEvents(Facts facts) {
        this.facts = facts;
    }

    public Mono<Void> submitted(DossierSubmitted event) {
        return facts.submitted(event);
    }

    public Mono<Void> routed(DossierRouted event) {
        return facts.routed(event);
    }

    public Mono<Void> routingFailed(RoutingFailed event) {
        return facts.routingFailed(event);
    }
}
