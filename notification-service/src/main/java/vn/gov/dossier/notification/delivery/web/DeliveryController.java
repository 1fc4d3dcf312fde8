package vn.gov.dossier.notification.delivery.web;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import vn.gov.dossier.notification.delivery.Deliveries;
import vn.gov.dossier.notification.delivery.Delivery;
import vn.gov.dossier.platform.web.ApiException;
import vn.gov.dossier.platform.web.FieldError;
import vn.gov.dossier.platform.web.Params;

@RestController
@RequestMapping("/api/v1/notifications")
class DeliveryController {

    private final Deliveries deliveries;
    private final Clock clock;

    DeliveryController(Deliveries deliveries, Clock clock) {
        this.deliveries = deliveries;
        this.clock = clock;
    }

    /** API.md's delivery log of a dossier, recipients masked. */
    @GetMapping
    Flux<Delivery> ofDossier(@RequestParam(required = false) String dossierCode) {
        Params.dossierCode("dossierCode", dossierCode);
        return deliveries.ofDossier(dossierCode);
    }

    /** A FAILED delivery queued again with fresh attempts; 409 for one that is not FAILED. */
    @PostMapping("/{id}/resend")
    Mono<ResponseEntity<Void>> resend(@PathVariable long id) {
        return deliveries.resend(id, OffsetDateTime.now(clock))
                .flatMap(queued -> queued ? Mono.just(ResponseEntity.status(HttpStatus.ACCEPTED).<Void>build())
                        : deliveries.exists(id).flatMap(exists -> Mono.error(exists
                                ? ApiException.conflict("Delivery " + id + " is not FAILED; only a failed delivery is resent.")
                                : ApiException.notFound("No delivery " + id + "."))));
    }
}
