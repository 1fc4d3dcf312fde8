package vn.gov.dossier.notification.delivery.web;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
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
import vn.gov.dossier.notification.delivery.Dossiers;
import vn.gov.dossier.platform.application.Officer;
import vn.gov.dossier.platform.web.ApiException;
import vn.gov.dossier.platform.web.Params;

@RestController
@RequestMapping("/api/v1/notifications")
class DeliveryController {

    private final Deliveries deliveries;
    private final Dossiers dossiers;

    DeliveryController(Deliveries deliveries, Dossiers dossiers) {
        this.deliveries = deliveries;
        this.dossiers = dossiers;
    }

    /**
     * API.md's delivery log of a dossier, recipients masked: for its desk, its authority's processors and its province's
     * operations; anyone else gets a 404, as for a dossier nobody was notified about.
     */
    @GetMapping
    Flux<Delivery> ofDossier(@RequestParam(required = false) String dossierCode, @RequestParam(required = false) String status,
                             @AuthenticationPrincipal Officer officer) {
        if (dossierCode == null && status != null) {
            return failed(status, officer);
        }
        Params.dossierCode("dossierCode", dossierCode);
        return dossiers.audience(dossierCode).flatMapMany(audience -> audience.reads(officer) ? deliveries.ofDossier(dossierCode)
                : Flux.error(ApiException.notFound("No delivery log of dossier " + dossierCode + " for you.")));
    }

    /**
     * The failed deliveries ({@code status=FAILED}) that the caller may resend: operations see their province's (the
     * nation's for national operations), the newest 200 first.
     */
    private Flux<Delivery> failed(String status, Officer officer) {
        if (!"FAILED".equals(status)) {
            return Flux.error(Params.invalid("status", "only FAILED deliveries are listed across dossiers"));
        }
        return deliveries.failed(FAILED_LISTED)
                .concatMap(delivery -> dossiers.audience(delivery.dossierCode())
                        .filter(audience -> audience.resends(officer)).map(allowed -> delivery));
    }

    private static final int FAILED_LISTED = 200;

    /** A FAILED delivery queued again with fresh attempts (operations of the dossier's province); 409 for one that is not FAILED. */
    @PostMapping("/{id}/resend")
    Mono<ResponseEntity<Void>> resend(@PathVariable long id, @AuthenticationPrincipal Officer officer) {
        return deliveries.dossierCodeOf(id).flatMap(dossiers::audience)
                .filter(audience -> audience.resends(officer))
                .switchIfEmpty(Mono.error(() -> ApiException.notFound("No delivery " + id + ".")))
                .flatMap(allowed -> deliveries.resend(id))
                .flatMap(queued -> queued ? Mono.just(ResponseEntity.status(HttpStatus.ACCEPTED).<Void>build())
                        : deliveries.exists(id).flatMap(exists -> Mono.error(exists
                                ? ApiException.conflict("Delivery " + id + " is not FAILED; only a failed delivery is resent.")
                                : ApiException.notFound("No delivery " + id + "."))));
    }
}
