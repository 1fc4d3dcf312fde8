package vn.gov.dossier.exchange.dossier;

import reactor.core.publisher.Mono;
import vn.gov.dossier.contracts.Event;

/** What follows a change to a dossier's record (a portal sync, an identity check, a dispatch), in the same transaction. */
@FunctionalInterface
public interface DossierChanged {

    Mono<Void> changed(DossierRecords.Change change, Event cause);
}
