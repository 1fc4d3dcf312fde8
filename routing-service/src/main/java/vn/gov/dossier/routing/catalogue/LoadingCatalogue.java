package vn.gov.dossier.routing.catalogue;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import vn.gov.dossier.contracts.Topics;
import vn.gov.dossier.platform.application.EventPublisher;
import vn.gov.dossier.platform.application.Transactions;
import vn.gov.dossier.reference.Catalogue;

/**
 * At start-up: seeds the store from the curated file the first time, loads it into memory, and announces every entry
 * again on the compacted topic, so that a replica fed from a fresh broker still gets the whole catalogue.
 */
public class LoadingCatalogue {

    private final CatalogueStore store;
    private final CurrentCatalogue current;
    private final EventPublisher events;
    private final Transactions transactions;
    private final Clock clock;

    public LoadingCatalogue(CatalogueStore store, CurrentCatalogue current, EventPublisher events, Transactions transactions, Clock clock) {
        this.store = store;
        this.current = current;
        this.events = events;
        this.transactions = transactions;
        this.clock = clock;
    }

    public Mono<Integer> load(Catalogue seed) {
        return transactions.inTransaction(store.all().collectList()
                .flatMap(stored -> stored.isEmpty()
                        ? Flux.fromIterable(seed.procedures()).concatMap(procedure -> store.save(procedure, true)).collectList()
                        : Mono.just(stored))
                .flatMap(entries -> announce(entries).thenReturn(entries)))
                .doOnNext(current::applyAll)
                .map(List::size);
    }

    private Mono<Void> announce(List<CatalogueEntry> entries) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        return Flux.fromIterable(entries).concatMap(entry -> events.publish(Topics.CATALOGUE, Announcements.of(entry, now))).then();
    }
}
