package vn.gov.dossier.exchange.postal;

import java.time.OffsetDateTime;
import reactor.core.publisher.Mono;
import vn.gov.dossier.contracts.PostalAddress;

/** The postal service (VNPost's or a contracted carrier's API), as the dispatcher needs it. */
public interface PostalService {

    /** Its name in configuration: the postal service's circuit breaker is {@code resilience4j.circuitbreaker.instances.postal}. */
    String NAME = "postal";

    /**
     * Hands a shipment over.
     *
     * @return the tracking number; an error the dispatcher retries ({@link Refused} when the service refuses it for good)
     */
    Mono<String> dispatch(Shipment shipment);

    /** Where a shipment is; empty while the service has nothing new to say. */
    Mono<Tracking> track(String trackingNumber);

    /**
     * @param reference the same on every try of one dispatch ({@code dispatch-<id>}): the postal service creates one
     *     shipment per reference
     */
    record Shipment(String reference, String dossierCode, String recipient, PostalAddress address) {
    }

    /** @param delivered true once the addressee has it */
    record Tracking(String trackingNumber, String status, boolean delivered, OffsetDateTime at) {
    }

    /** The postal service refused the shipment (an address it cannot serve): retrying will not help. */
    class Refused extends vn.gov.dossier.platform.outbound.Refused {

        private static final long serialVersionUID = 1L;

        public Refused(String message) {
            super(message);
        }
    }
}
