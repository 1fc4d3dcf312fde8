package vn.gov.dossier.intake.catalogue;

import reactor.core.publisher.Mono;
import vn.gov.dossier.contracts.ProcedureCatalogued;

/** Applies routing's announcements to the replica: stored for every instance, and in force here at once. */
public class ReplicatingCatalogue {

    private final ReplicaStore store;
    private final CatalogueReplica replica;

    public ReplicatingCatalogue(ReplicaStore store, CatalogueReplica replica) {
        this.store = store;
        this.replica = replica;
    }

    public Mono<Void> catalogued(ProcedureCatalogued event) {
        ReplicatedProcedure procedure = new ReplicatedProcedure(event.procedureCode(), event.name(), event.processingDays(),
                event.processingHours(), event.feeVnd(), event.offered(), event.catalogueVersion());
        return store.save(procedure).then(Mono.fromRunnable(() -> replica.apply(procedure)));
    }

    /** Picks up what other instances stored (they consume other partitions of the topic). */
    public Mono<Void> refresh() {
        return store.all().collectList().doOnNext(replica::applyAll).then();
    }
}
