package vn.gov.dossier.intake.postal;

import java.time.OffsetDateTime;
import java.util.UUID;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Where the dispatches are kept. */
public interface PostalDispatches {

    /** Records a dispatch for the dossier unless it has one (a repeated event changes nothing). */
    Mono<Void> create(UUID dossierId, OffsetDateTime at);

    /** PENDING dispatches due now, leased until {@code leaseUntil} so that another instance does not take them too. */
    Flux<PostalDispatch> claimPending(OffsetDateTime now, OffsetDateTime leaseUntil, int limit);

    Mono<Void> dispatched(long id, String trackingNumber, OffsetDateTime at);

    /** A failed try: PENDING again at {@code nextAttemptAt}, or FAILED when {@code giveUp}. */
    Mono<Void> failed(long id, String error, OffsetDateTime nextAttemptAt, boolean giveUp);

    /** DISPATCHED dispatches due a tracking look, leased like {@link #claimPending}. */
    Flux<PostalDispatch> claimTracking(OffsetDateTime now, OffsetDateTime leaseUntil, int limit);

    /** @return true when it was DISPATCHED and is now DELIVERED (once only) */
    Mono<Boolean> delivered(long id, OffsetDateTime at);

    /** FAILED back to PENDING, due now; false when it was not FAILED. */
    Mono<Boolean> retry(long id, OffsetDateTime now);

    Mono<PostalDispatch> byId(long id);

    Mono<PostalDispatch> byDossierCode(String code);

    /** Newest first; {@code status} and {@code receivingProvinceCode} null for all. */
    Flux<PostalDispatch> list(DispatchStatus status, String receivingProvinceCode, String receivingUnitCode, int page, int size);
}
