package vn.gov.dossier.reporting.targets;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The targets reporting keeps, one per scope and indicator. */
public interface Targets {

    /** Sets it, replacing the scope's earlier target for the same indicator. */
    Mono<Void> set(Target target);

    /** A scope's targets; {@code scope} null for every one. */
    Flux<Target> of(String scope);

    /** @return false when there was none */
    Mono<Boolean> remove(String scope, String indicator);
}
