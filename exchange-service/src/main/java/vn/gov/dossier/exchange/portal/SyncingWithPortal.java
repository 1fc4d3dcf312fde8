package vn.gov.dossier.exchange.portal;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.UUID;
import reactor.core.publisher.Mono;
import vn.gov.dossier.contracts.DossierStatus;
import vn.gov.dossier.contracts.Event;
import vn.gov.dossier.contracts.PortalSynced;
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
 * Sends each dossier's state to the national portal whenever it shows otherwise, as the platform's outbound work of
 * kind {@code portal-sync}, keyed by the dossier's code with the record's version: a newer state replaces one not sent
 * yet, an older one is never sent after a newer. A try that fails waits 15 s doubling to half an hour and is never
 * given up; each version the portal took is announced as {@link PortalSynced}.
 */
public class SyncingWithPortal implements WorkHandler, DossierChanged {

    public static final String KIND = "portal-sync";

    private final NationalPortal portal;
    private final OutboundWork outbound;
    private final EventPublisher events;
    private final Clock clock;

    public SyncingWithPortal(NationalPortal portal, OutboundWork outbound, EventPublisher events, Clock clock) {
        this.portal = portal;
        this.outbound = outbound;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public Mono<Void> changed(DossierRecords.Change change, Event cause) {
        DossierRecord after = change.after();
        if (!change.portalShowsOtherwise() || !after.submitted()) {
            return Mono.empty();
        }
        return outbound.enqueue(new OutboundWork.NewWork(KIND, after.code(), after.version(), after.code(), after.receivingProvinceCode(),
                new Sync(after.dossierId(), after.portalView())));
    }

    /** What a sync's work item carries. */
    public record Sync(UUID dossierId, DossierRecord.PortalView record) {
    }

    @Override
    public WorkKind kind() {
        return new WorkKind(KIND, new WorkPolicy(50, null, Duration.ofSeconds(15), Duration.ofMinutes(30), 0, 4, null, null), NationalPortal.NAME);
    }

    @Override
    public Mono<Outcome> handle(WorkItem item) {
        Sync sync = item.payload(Sync.class);
        DossierRecord.PortalView record = sync.record();
        return portal.publish(record).then(Mono.fromSupplier(() -> Outcome.done(events.publish(Topics.EXCHANGE,
                new PortalSynced(UUID.randomUUID(), sync.dossierId(), record.dossierCode(), OffsetDateTime.now(clock), record.version(),
                        record.status() == null ? null : DossierStatus.valueOf(record.status()))))));
    }
}
