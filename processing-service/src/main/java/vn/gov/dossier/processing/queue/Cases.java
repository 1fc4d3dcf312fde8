package vn.gov.dossier.processing.queue;

import java.time.OffsetDateTime;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import vn.gov.dossier.contracts.DossierRouted;
import vn.gov.dossier.contracts.DossierStatus;

/** Where cases are kept. */
public interface Cases {

    /** Opens the case of a routed dossier; a second routing of the same dossier changes nothing. */
    Mono<Void> open(DossierRouted routed);

    Flux<CaseSummary> queue(String authorityId, DossierStatus status, Boolean overdue, OffsetDateTime now, int page, int size);

    Mono<Long> count(String authorityId, DossierStatus status, Boolean overdue, OffsetDateTime now);

    Mono<CaseSummary> byDossierCode(String dossierCode, OffsetDateTime now);

    /** Cases not yet handed over or withdrawn, by authority and status, with those overdue and those due by {@code dueSoonHorizon}. */
    Flux<QueueCount> counts(OffsetDateTime now, OffsetDateTime dueSoonHorizon);
}
