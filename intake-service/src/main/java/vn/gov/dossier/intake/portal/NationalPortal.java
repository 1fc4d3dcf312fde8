package vn.gov.dossier.intake.portal;

import reactor.core.publisher.Mono;

/** The national public service portal, which shows every dossier to its citizen and counts it for the province. */
public interface NationalPortal {

    /** Sends a dossier's latest state; sending the same version again changes nothing there. */
    Mono<Void> publish(PortalRecord record);
}
