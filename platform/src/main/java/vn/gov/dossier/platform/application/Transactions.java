package vn.gov.dossier.platform.application;

import reactor.core.publisher.Mono;

/** Runs a piece of reactive work as one database transaction. */
public interface Transactions {

    <T> Mono<T> inTransaction(Mono<T> work);
}
