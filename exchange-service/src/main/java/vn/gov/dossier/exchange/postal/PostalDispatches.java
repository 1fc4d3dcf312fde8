package vn.gov.dossier.exchange.postal;

import java.time.OffsetDateTime;
import java.util.UUID;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Where the dispatches are kept; while one is PENDING, its tries, last error and FAILED state are its outbound work item's. */
public interface PostalDispatches {

    /**
     * Records a dispatch of the dossier's result under {@code reference} unless it has one (a repeated event, one
     * handed over), when its result goes by post to an address.
     *
     * @return the dispatch created now; empty otherwise
     */
    Mono<PostalDispatch> create(UUID dossierId, String reference, OffsetDateTime at);

    /** The postal service took it after {@code attempts} tries. */
    Mono<Void> dispatched(long id, String trackingNumber, int attempts, OffsetDateTime at);

    /** @return true when it was DISPATCHED and is now DELIVERED (once only) */
    Mono<Boolean> delivered(long id, OffsetDateTime at);

    Mono<PostalDispatch> byId(long id);

    Mono<PostalDispatch> byDossierCode(String code);

    /** Newest first; {@code status} and {@code receivingProvinceCode} null for all. */
    Flux<PostalDispatch> list(DispatchStatus status, String receivingProvinceCode, String receivingUnitCode, int page, int size);
}
