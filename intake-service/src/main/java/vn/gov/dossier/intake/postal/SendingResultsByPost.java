package vn.gov.dossier.intake.postal;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;
import vn.gov.dossier.contracts.CaseStep;
import vn.gov.dossier.contracts.CaseStepTaken;
import vn.gov.dossier.contracts.DossierStatus;
import vn.gov.dossier.intake.deskwork.TakingDeskSteps;
import vn.gov.dossier.platform.application.Transactions;

/**
 * Results by post, from the authority's "result ready" to the postal service's "delivered". Each try of a dispatch
 * sends the same reference, so the postal service makes one shipment of it however often it is asked; a try that fails
 * waits longer each time (30 s doubling, at most an hour) and after {@code maxAttempts} the dispatch is FAILED for a
 * person to look at and retry.
 */
public class SendingResultsByPost {

    private static final Logger log = LoggerFactory.getLogger(SendingResultsByPost.class);
    private static final int BATCH = 20;
    private static final Duration LEASE = Duration.ofMinutes(2);

    private final PostalDispatches dispatches;
    private final PostalService postal;
    private final TakingDeskSteps deskSteps;
    private final Transactions transactions;
    private final int maxAttempts;
    private final Clock clock;

    public SendingResultsByPost(PostalDispatches dispatches, PostalService postal, TakingDeskSteps deskSteps, Transactions transactions,
                                int maxAttempts, Clock clock) {
        this.dispatches = dispatches;
        this.postal = postal;
        this.deskSteps = deskSteps;
        this.transactions = transactions;
        this.maxAttempts = maxAttempts;
        this.clock = clock;
    }

    /** The authority made the result ready: a dossier whose result goes by post gets its dispatch (in the consumer's transaction). */
    public Mono<Void> stepTaken(CaseStepTaken event) {
        if (event.step() != CaseStep.MARK_RESULT_READY || event.status() != DossierStatus.RESULT_READY) {
            return Mono.empty();
        }
        return dispatches.create(event.dossierId(), event.occurredAt());
    }

    /** Hands the due dispatches to the postal service; the number handed over. */
    public Mono<Long> dispatchDue() {
        OffsetDateTime now = OffsetDateTime.now(clock);
        return dispatches.claimPending(now, now.plus(LEASE), BATCH)
                .concatMap(dispatch -> postal.dispatch(new PostalService.Shipment("dispatch-" + dispatch.id(), dispatch.dossierCode(),
                                dispatch.address().recipient() != null ? dispatch.address().recipient() : dispatch.recipient(), dispatch.address()))
                        .flatMap(tracking -> dispatches.dispatched(dispatch.id(), tracking, OffsetDateTime.now(clock)).thenReturn(1L))
                        .onErrorResume(error -> failed(dispatch, error).thenReturn(0L)))
                .reduce(0L, Long::sum);
    }

    private Mono<Void> failed(PostalDispatch dispatch, Throwable error) {
        boolean giveUp = error instanceof PostalService.Refused || dispatch.attempts() + 1 >= maxAttempts;
        long wait = Math.min(3600, 30L << Math.min(dispatch.attempts(), 7));
        log.warn("postal dispatch {} of {} failed (try {}){}: {}", dispatch.id(), dispatch.dossierCode(), dispatch.attempts() + 1,
                giveUp ? ", given up until a person retries it" : ", next in " + wait + " s", error.toString());
        return dispatches.failed(dispatch.id(), String.valueOf(error.getMessage()), OffsetDateTime.now(clock).plusSeconds(wait), giveUp);
    }

    /** Asks the postal service where the dispatched results are; a delivered one hands the result over. */
    public Mono<Long> trackDue() {
        OffsetDateTime now = OffsetDateTime.now(clock);
        return dispatches.claimTracking(now, now.plus(LEASE), BATCH)
                .concatMap(dispatch -> postal.track(dispatch.trackingNumber())
                        .filter(PostalService.Tracking::delivered)
                        .flatMap(tracking -> transactions.inTransaction(dispatches.delivered(dispatch.id(), tracking.at())
                                .filter(Boolean::booleanValue)
                                .flatMap(first -> deskSteps.handedOverByPost(dispatch.dossierCode(), dispatch.receivingUnitCode(),
                                        dispatch.trackingNumber()))))
                        .map(handedOver -> 1L)
                        .onErrorResume(error -> {
                            log.warn("tracking postal dispatch {} of {} failed, next look later: {}", dispatch.id(), dispatch.dossierCode(),
                                    error.toString());
                            return Mono.just(0L);
                        }))
                .reduce(0L, Long::sum);
    }

    /** A person asks for a FAILED dispatch to be tried again; false when it is not FAILED. */
    public Mono<Boolean> retry(long id) {
        return dispatches.retry(id, OffsetDateTime.now(clock));
    }
}
