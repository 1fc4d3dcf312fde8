package vn.gov.dossier.exchange.postal;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.UUID;
import reactor.core.publisher.Mono;
import vn.gov.dossier.contracts.Event;
import vn.gov.dossier.contracts.ResultDelivered;
import vn.gov.dossier.contracts.ResultDispatched;
import vn.gov.dossier.contracts.Topics;
import vn.gov.dossier.exchange.dossier.DossierChanged;
import vn.gov.dossier.exchange.dossier.DossierRecord;
import vn.gov.dossier.exchange.dossier.DossierRecords;
import vn.gov.dossier.platform.application.EventPublisher;
import vn.gov.dossier.platform.outbound.OutboundWork;
import vn.gov.dossier.platform.outbound.Outcome;
import vn.gov.dossier.platform.outbound.WorkHandler;
import vn.gov.dossier.platform.outbound.WorkItem;
import vn.gov.dossier.platform.outbound.WorkKind;
import vn.gov.dossier.platform.outbound.WorkPolicy;

/**
 * Results by post, from the authority's "result ready" to the postal service's "delivered", as two kinds of the
 * platform's outbound work: {@code postal-dispatch} hands the result to the postal service under the dispatch's
 * reference (the service makes one shipment per reference however often it is asked; refused, or still failing after
 * 8 tries, it is FAILED for a person to retry) and {@code postal-tracking} asks where it is until it is delivered.
 * Each step goes out as an event: {@link ResultDispatched}, then {@link ResultDelivered}, on which intake hands the
 * result over.
 */
public class SendingResultsByPost implements DossierChanged {

    public static final String DISPATCH = "postal-dispatch";
    public static final String TRACKING = "postal-tracking";

    /** What a dispatch's work item carries. */
    public record DispatchWork(long dispatchId, UUID dossierId, String dossierCode, String reference, String receivingUnitCode, String recipient,
                               vn.gov.dossier.contracts.PostalAddress address) {
    }

    /** What a tracking work item carries. */
    public record TrackingWork(long dispatchId, UUID dossierId, String dossierCode, String receivingUnitCode, String trackingNumber) {
    }

    private final PostalDispatches dispatches;
    private final PostalService postal;
    private final OutboundWork outbound;
    private final EventPublisher events;
    private final Duration trackingInterval;
    private final Clock clock;

    /** @param trackingInterval how long a dispatched result waits between two looks at where it is */
    public SendingResultsByPost(PostalDispatches dispatches, PostalService postal, OutboundWork outbound, EventPublisher events,
                                Duration trackingInterval, Clock clock) {
        this.dispatches = dispatches;
        this.postal = postal;
        this.outbound = outbound;
        this.events = events;
        this.trackingInterval = trackingInterval;
        this.clock = clock;
    }

    /** A result ready for a dossier whose result goes by post gets its dispatch, once (in the consumer's transaction). */
    @Override
    public Mono<Void> changed(DossierRecords.Change change, Event cause) {
        if (!goesByPostNow(change.after()) || goesByPostNow(change.before())) {
            return Mono.empty();
        }
        DossierRecord dossier = change.after();
        return dispatches.create(dossier.dossierId(), "result-" + dossier.code(), cause.occurredAt())
                .flatMap(dispatch -> outbound.enqueue(OutboundWork.NewWork.once(DISPATCH, String.valueOf(dispatch.id()), dossier.code(),
                        dossier.receivingProvinceCode(), new DispatchWork(dispatch.id(), dossier.dossierId(), dossier.code(), dispatch.reference(),
                                dossier.receivingUnitCode(), dispatch.address().recipient() != null ? dispatch.address().recipient()
                                        : dispatch.recipient(), dispatch.address()))));
    }

    private static boolean goesByPostNow(DossierRecord dossier) {
        return dossier.submitted() && dossier.resultReady() && "POST".equals(dossier.resultDelivery()) && dossier.resultAddress() != null;
    }

    /** A person asks for a FAILED dispatch to be tried again; false when it is not FAILED. */
    public Mono<Boolean> retry(long id) {
        return outbound.redriveFailed(DISPATCH, String.valueOf(id));
    }

    /** The kind {@code postal-dispatch}. */
    public WorkHandler dispatching() {
        return WorkHandler.of(new WorkKind(DISPATCH, WorkPolicy.retrying(Duration.ofSeconds(30), Duration.ofHours(1), 8), PostalService.NAME),
                this::dispatch);
    }

    /** The kind {@code postal-tracking}. */
    public WorkHandler tracking() {
        return WorkHandler.of(new WorkKind(TRACKING, WorkPolicy.retrying(Duration.ofSeconds(30), Duration.ofHours(1), 0), PostalService.NAME),
                this::track);
    }

    /** Hands results to the postal service: 30 s doubling to an hour between tries, FAILED after 8 (or at once when refused). */
    private Mono<Outcome> dispatch(WorkItem item) {
        DispatchWork dispatch = item.payload(DispatchWork.class);
        return postal.dispatch(new PostalService.Shipment(dispatch.reference(), dispatch.dossierCode(), dispatch.recipient(), dispatch.address()))
                .map(trackingNumber -> {
                    OffsetDateTime now = OffsetDateTime.now(clock);
                    return Outcome.done(dispatches.dispatched(dispatch.dispatchId(), trackingNumber, item.attempts() + 1, now)
                            .then(outbound.enqueue(OutboundWork.NewWork.once(TRACKING, String.valueOf(dispatch.dispatchId()), item.subject(),
                                    item.scope(), new TrackingWork(dispatch.dispatchId(), dispatch.dossierId(), dispatch.dossierCode(),
                                            dispatch.receivingUnitCode(), trackingNumber))))
                            .then(events.publish(Topics.EXCHANGE, new ResultDispatched(UUID.randomUUID(), dispatch.dossierId(),
                                    dispatch.dossierCode(), now, dispatch.reference(), trackingNumber, dispatch.receivingUnitCode()))));
                });
    }

    /** Asks where dispatched results are until delivered; a failed look is tried again later, never given up. */
    private Mono<Outcome> track(WorkItem item) {
        TrackingWork tracked = item.payload(TrackingWork.class);
        return postal.track(tracked.trackingNumber())
                .filter(PostalService.Tracking::delivered)
                .map(delivered -> Outcome.done(dispatches.delivered(tracked.dispatchId(), delivered.at())
                        .filter(Boolean::booleanValue)
                        .flatMap(first -> events.publish(Topics.EXCHANGE, new ResultDelivered(UUID.randomUUID(), tracked.dossierId(),
                                tracked.dossierCode(), OffsetDateTime.now(clock), tracked.trackingNumber(), tracked.receivingUnitCode(),
                                delivered.at())))))
                .defaultIfEmpty(Outcome.again(trackingInterval, Mono.empty()));
    }
}
