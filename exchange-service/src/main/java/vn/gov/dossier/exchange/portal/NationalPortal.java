package vn.gov.dossier.exchange.portal;

import reactor.core.publisher.Mono;
import vn.gov.dossier.exchange.dossier.DossierRecord;

/** The national public service portal, which shows every dossier to its citizen and counts it for the province. */
public interface NationalPortal {

    /** Sends a dossier's state; sending the same version again, or an older one, changes nothing there. */
    Mono<Void> publish(DossierRecord.PortalView record);

    /** True while calls are not even tried (the circuit to the portal is open). */
    default boolean circuitOpen() {
        return false;
    }
}
