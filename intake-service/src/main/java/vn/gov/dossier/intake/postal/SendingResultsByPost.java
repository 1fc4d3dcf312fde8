package vn.gov.dossier.intake.postal;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import reactor.core.publisher.Mono;
import vn.gov.dossier.contracts.CaseStep;
import vn.gov.dossier.contracts.CaseStepTaken;
import vn.gov.dossier.contracts.DossierStatus;
import vn.gov.dossier.contracts.PostalAddress;
import vn.gov.dossier.intake.deskwork.TakingDeskSteps;
import vn.gov.dossier.platform.outbound.OutboundWork;
import vn.gov.dossier.platform.outbound.Outcome;
import vn.gov.dossier.platform.outbound.WorkItem;
import vn.gov.dossier.platform.outbound.WorkPolicy;

/**
 * Results by post, from the authority's "result ready" to the postal service's "delivered", as two kinds of the
 * platform's outbound work: {@code postal-dispatch} hands the result to the postal service (each try sends the same
 * reference, so the service makes one shipment of it however often it is asked; refused or still failing after the
 * kind's attempts, it is FAILED for a person to retry) and {@code postal-tracking} asks where it is until it is
 * delivered, which hands the result over.
 */
public class SendingResultsByPost {

    public static final String DISPATCH = "postal-dispatch";
    public static final String TRACKING = "postal-tracking";

    /** What a dispatch's work item carries. */
    public record DispatchWork(long dispatchId, String dossierCode, String receivingUnitCode, String recipient, PostalAddress address) {
    }

    /** What a tracking work item carries. */
    public record TrackingWork(long dispatchId, String dossierCode, String receivingUnitCode, String trackingNumber) {
    }

    private final PostalDispatches dispatches;
    private final PostalService postal;
    private final TakingDeskSteps deskSteps;
    private final OutboundWork outbound;
    private final Duration trackingInterval;
    private final Clock clock;

    /** @param trackingInterval how long a dispatched result waits between two looks at where it is */
    public SendingResultsByPost(PostalDispatches dispatches, PostalService postal, TakingDeskSteps deskSteps, OutboundWork outbound,
                                Duration trackingInterval, Clock clock) {
        this.dispatches = dispatches;
        this.postal = postal;
        this.deskSteps = deskSteps;
        this.outbound = outbound;
        this.trackingInterval = trackingInterval;
        this.clock = clock;
    }

    /** The authority made the result ready: a dossier whose result goes by post gets its dispatch (in the consumer's transaction). */
    public Mono<Void> stepTaken(CaseStepTaken event) {
        if (event.step() != CaseStep.MARK_RESULT_READY || event.status() != DossierStatus.RESULT_READY) {
            return Mono.empty();
        }
        return dispatches.create(event.dossierId(), event.occurredAt())
                .flatMap(dispatch -> outbound.enqueue(OutboundWork.NewWork.once(DISPATCH, String.valueOf(dispatch.id()), dispatch.dossierCode(),
                        dispatch.receivingProvinceCode(), new DispatchWork(dispatch.id(), dispatch.dossierCode(), dispatch.receivingUnitCode(),
                                dispatch.address().recipient() != null ? dispatch.address().recipient() : dispatch.recipient(), dispatch.address()))));
    }

    /** A person asks for a FAILED dispatch to be tried again; false when it is not FAILED. */
    public Mono<Boolean> retry(long id) {
        return outbound.find(DISPATCH, String.valueOf(id))
                .filter(work -> "FAILED".equals(work.status()))
                .flatMap(work -> outbound.redrive(work.id(), null))
                .hasElement();
    }

    /** The kind {@code postal-dispatch}. */
    public Dispatching dispatching() {
        return new Dispatching();
    }

    /** The kind {@code postal-tracking}. */
    public Tracking tracking() {
        return new Tracking();
    }

    /** Hands results to the postal service: 30 s doubling to an hour between tries, FAILED after 8 (or at once when refused). */
    public final class Dispatching implements vn.gov.dossier.platform.outbound.WorkHandler {

        @Override
        public String kind() {
            return DISPATCH;
        }

        @Override
        public WorkPolicy policy() {
            return WorkPolicy.retrying(Duration.ofSeconds(30), Duration.ofHours(1), 8);
        }

        @Override
        public boolean breakerOpen() {
            return postal.circuitOpen();
        }

        @Override
        public Mono<Outcome> handle(WorkItem item) {
            DispatchWork dispatch = item.payload(DispatchWork.class);
            return postal.dispatch(new PostalService.Shipment("dispatch-" + dispatch.dispatchId(), dispatch.dossierCode(), dispatch.recipient(),
                            dispatch.address()))
                    .map(trackingNumber -> Outcome.done(dispatches.dispatched(dispatch.dispatchId(), trackingNumber, item.attempts() + 1,
                                    OffsetDateTime.now(clock))
                            .then(outbound.enqueue(OutboundWork.NewWork.once(TRACKING, String.valueOf(dispatch.dispatchId()), item.subject(),
                                    item.scope(), new TrackingWork(dispatch.dispatchId(), dispatch.dossierCode(), dispatch.receivingUnitCode(),
                                            trackingNumber))))));
        }
    }

    /** Asks where dispatched results are until delivered; a failed look is tried again later, never given up. */
    public final class Tracking implements vn.gov.dossier.platform.outbound.WorkHandler {

        @Override
        public String kind() {
            return TRACKING;
        }

        @Override
        public WorkPolicy policy() {
            return WorkPolicy.retrying(Duration.ofSeconds(30), Duration.ofHours(1), 0);
        }

        @Override
        public boolean breakerOpen() {
            return postal.circuitOpen();
        }

        @Override
        public Mono<Outcome> handle(WorkItem item) {
            TrackingWork tracked = item.payload(TrackingWork.class);
            return postal.track(tracked.trackingNumber())
                    .filter(PostalService.Tracking::delivered)
                    .map(delivered -> Outcome.done(dispatches.delivered(tracked.dispatchId(), delivered.at())
                            .filter(Boolean::booleanValue)
                            .flatMap(first -> deskSteps.handedOverByPost(tracked.dossierCode(), tracked.receivingUnitCode(), tracked.trackingNumber()))
                            .then()))
                    .defaultIfEmpty(Outcome.again(trackingInterval, Mono.empty()));
        }
    }
}
