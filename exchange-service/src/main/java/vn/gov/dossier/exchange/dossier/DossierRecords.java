package vn.gov.dossier.exchange.dossier;

import java.util.UUID;
import java.util.function.UnaryOperator;
import reactor.core.publisher.Mono;

/** Where the dossiers exchange-service follows are kept. */
public interface DossierRecords {

    /** A dossier's record before and after an event: {@code after} has the next version when the portal shows it otherwise. */
    record Change(DossierRecord before, DossierRecord after) {

        public boolean portalShowsOtherwise() {
            return after.version() != before.version();
        }
    }

    /**
     * Applies an event to a dossier's record in the caller's transaction (the record locked meanwhile), creating the
     * record if this is the first event about the dossier.
     */
    Mono<Change> apply(UUID dossierId, String code, UnaryOperator<DossierRecord> event);

    Mono<DossierRecord> byCode(String code);
}
