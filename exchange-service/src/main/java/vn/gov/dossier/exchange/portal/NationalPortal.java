package vn.gov.dossier.exchange.portal;

import reactor.core.publisher.Mono;
import vn.gov.dossier.exchange.dossier.DossierRecord;

/** The national public service portal, which shows every dossier to its citizen and counts it for the province. */
public interface NationalPortal {

    /** Its name in configuration: the national portal's circuit breaker is {@code resilience4j.circuitbreaker.instances.portal}. */
    String NAME = "portal";

    /** Sends a dossier's state; sending the same version again, or an older one, changes nothing there. */
    Mono<Void> publish(DossierRecord.PortalView record);
}
