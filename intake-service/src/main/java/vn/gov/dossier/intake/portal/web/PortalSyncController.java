package vn.gov.dossier.intake.portal.web;

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
import vn.gov.dossier.intake.portal.PortalSyncs;
import vn.gov.dossier.intake.portal.SyncingWithPortal;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import vn.gov.dossier.platform.application.Officer;
import vn.gov.dossier.platform.application.Role;
import vn.gov.dossier.platform.web.ApiException;
import vn.gov.dossier.platform.web.Params;

/**
 * The portal sync's backlog, for operations: {@code GET /api/v1/portal-sync/backlog} lists the dossiers the national
 * portal has not seen in their latest state (oldest change first, with the tries and the last error);
 * {@code POST /api/v1/portal-sync/{dossierCode}/redrive} makes one due now (202; 404 when it is synced already). An
 * operator sees and re-drives their own province's desks' dossiers.
 */
@RestController
@RequestMapping("/api/v1/portal-sync")
class PortalSyncController {

    private final SyncingWithPortal syncing;

    PortalSyncController(SyncingWithPortal syncing) {
        this.syncing = syncing;
    }

    /** Dossiers whose latest state the national portal has not received yet, with the last error. */
    @GetMapping("/backlog")
    Flux<PortalSyncs.Pending> backlog(@RequestParam(defaultValue = "100") int size, @AuthenticationPrincipal Officer officer) {
        return syncing.backlog(province(officer), Params.size("size", size));
    }

    /** Sends a dossier's latest state to the national portal again. */
    @PostMapping("/{dossierCode}/redrive")
    Mono<ResponseEntity<Void>> redrive(@PathVariable String dossierCode, @AuthenticationPrincipal Officer officer) {
        Params.dossierCode("dossierCode", dossierCode);
        return syncing.redrive(dossierCode, province(officer)).filter(Boolean::booleanValue)
                .map(due -> ResponseEntity.status(HttpStatus.ACCEPTED).<Void>build())
                .switchIfEmpty(Mono.error(() -> ApiException.notFound("Dossier " + dossierCode + " is not waiting for the portal.")));
    }

    /** An operator sees their own province's desks; the national operator and the administrator every one. */
    private static String province(Officer officer) {
        return officer.is(Role.ADMIN) || officer.isNationalOperator() ? null : officer.unit();
    }
}
