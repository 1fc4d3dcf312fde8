package vn.gov.dossier.exchange.dossier;

import java.util.List;
import java.util.UUID;
import java.util.function.UnaryOperator;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import vn.gov.dossier.contracts.CaseStepTaken;
import vn.gov.dossier.contracts.DeskStepTaken;
import vn.gov.dossier.contracts.DossierRouted;
import vn.gov.dossier.contracts.DossierSubmitted;
import vn.gov.dossier.contracts.Event;
import vn.gov.dossier.contracts.FeePaid;
import vn.gov.dossier.contracts.RoutingFailed;

/**
 * Follows each dossier from the events of intake, routing and processing (each in its consumer's transaction) and lets
 * the national systems' features act on the change: the portal is sent what it shows otherwise, the identity check
 * and the dispatch are queued when their moment comes.
 */
public class FollowingDossiers {

    private final DossierRecords records;
    private final List<DossierChanged> followers;

    public FollowingDossiers(DossierRecords records, List<DossierChanged> followers) {
        this.records = records;
        this.followers = List.copyOf(followers);
    }

    public Mono<Void> submitted(DossierSubmitted event) {
        return apply(event.dossierId(), event.dossierCode(), record -> record.submitted(event), event);
    }

    public Mono<Void> routed(DossierRouted event) {
        return apply(event.dossierId(), event.dossierCode(), record -> record.routed(event), event);
    }

    public Mono<Void> routingFailed(RoutingFailed event) {
        return apply(event.dossierId(), event.dossierCode(), record -> record.routingFailed(event), event);
    }

    public Mono<Void> stepTaken(CaseStepTaken event) {
        return apply(event.dossierId(), event.dossierCode(), record -> record.stepTaken(event), event);
    }

    public Mono<Void> deskStepTaken(DeskStepTaken event) {
        return apply(event.dossierId(), event.dossierCode(), record -> record.deskStepTaken(event), event);
    }

    public Mono<Void> feePaid(FeePaid event) {
        return apply(event.dossierId(), event.dossierCode(), record -> record.feePaid(event), event);
    }

    private Mono<Void> apply(UUID dossierId, String code, UnaryOperator<DossierRecord> change, Event cause) {
        return records.apply(dossierId, code, change)
                .flatMap(applied -> Flux.fromIterable(followers).concatMap(follower -> follower.changed(applied, cause)).then());
    }
}
