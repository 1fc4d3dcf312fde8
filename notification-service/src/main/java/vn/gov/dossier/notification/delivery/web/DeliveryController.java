package vn.gov.dossier.notification.delivery.web;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;
import vn.gov.dossier.notification.delivery.Deliveries;
import vn.gov.dossier.notification.delivery.Delivery;

@RestController
@RequestMapping("/api/v1/notifications")
class DeliveryController {

    private final Deliveries deliveries;

    DeliveryController(Deliveries deliveries) {
        this.deliveries = deliveries;
    }

    @GetMapping
    Flux<Delivery> ofDossier(@RequestParam String dossierCode) {
        return deliveries.ofDossier(dossierCode);
    }
}
