package vn.gov.dossier.intake.catalogue;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The replica's table, shared by every intake instance (each consumes only some partitions of the topic). */
public interface ReplicaStore {

    /** Stores the procedure unless a newer version is stored already. */
    Mono<Void> save(ReplicatedProcedure procedure);

    Flux<ReplicatedProcedure> all();
}
