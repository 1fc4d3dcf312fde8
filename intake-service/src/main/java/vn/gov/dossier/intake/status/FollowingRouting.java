package vn.gov.dossier.intake.status;

import java.util.Set;
import reactor.core.publisher.Mono;
import vn.gov.dossier.contracts.DossierRouted;
import vn.gov.dossier.contracts.DossierStatus;
import vn.gov.dossier.contracts.RoutingFailed;
import vn.gov.dossier.intake.HistoryNotes;
import vn.gov.dossier.intake.registration.Dossiers;
import vn.gov.dossier.platform.application.HistoryNote;

/** Keeps the status view in step with routing's decisions. */
public class FollowingRouting {

    private final Dossiers dossiers;

    public FollowingRouting(Dossiers dossiers) {
        this.dossiers = dossiers;
    }

    public Mono<Void> routed(DossierRouted event) {
        HistoryNote note = HistoryNotes.routedTo(event.authority().name(), event.crossBoundary());
        // Processing's steps come on another topic and may overtake this event: then the status stays where processing
        // put it, and the decision is still recorded (authority, history).
        return dossiers.move(event.dossierId(), DossierStatus.BEFORE_ROUTING, DossierStatus.ROUTED, event.occurredAt(), note)
                .flatMap(moved -> moved ? Mono.<Void>empty() : dossiers.remember(event.dossierId(), DossierStatus.ROUTED, event.occurredAt(), note))
                .then(dossiers.assignAuthority(event.dossierId(), event.authority(), event.crossBoundary()));
    }

    public Mono<Void> routingFailed(RoutingFailed event) {
        return dossiers.move(event.dossierId(), Set.of(DossierStatus.RECEIVED), DossierStatus.ROUTING_FAILED, event.occurredAt(),
                HistoryNotes.awaitingManualRouting(event.reason())).then();
    }
}
