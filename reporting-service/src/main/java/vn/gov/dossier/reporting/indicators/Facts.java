package vn.gov.dossier.reporting.indicators;

import java.time.OffsetDateTime;
import reactor.core.publisher.Mono;
import vn.gov.dossier.contracts.DossierRouted;
import vn.gov.dossier.contracts.DossierSubmitted;
import vn.gov.dossier.contracts.RoutingFailed;

/** The per-dossier fact rows and the counts over them. */
public interface Facts {

    Mono<Void> submitted(DossierSubmitted event);

    Mono<Void> routed(DossierRouted event);

    Mono<Void> routingFailed(RoutingFailed event);

    Mono<Indicators> indicators(Scope scope, OffsetDateTime from, OffsetDateTime toExclusive, OffsetDateTime asOf);
}
