package vn.gov.dossier.exchange.portal.channels;

import org.springframework.http.MediaType;
import reactor.core.publisher.Mono;
import vn.gov.dossier.exchange.dossier.DossierRecord;
import vn.gov.dossier.exchange.portal.NationalPortal;
import vn.gov.dossier.platform.outbound.OutsideSystem;

/**
 * The national portal over HTTP, behind the circuit breaker {@code portal}: {@code PUT /dossiers/{code}} with the
 * record; the portal keeps the highest version it was sent, so a repeated or late PUT changes nothing.
 */
public class HttpNationalPortal implements NationalPortal {

    private final OutsideSystem system;

    public HttpNationalPortal(OutsideSystem system) {
        this.system = system;
    }

    @Override
    public Mono<Void> publish(DossierRecord.PortalView record) {
        return system.call(system.http().put().uri("/dossiers/{code}", record.dossierCode()).contentType(MediaType.APPLICATION_JSON).bodyValue(record)
                .retrieve().toBodilessEntity()
                .then());
    }
}
