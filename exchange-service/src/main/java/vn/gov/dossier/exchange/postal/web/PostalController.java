package vn.gov.dossier.exchange.postal.web;

import java.time.OffsetDateTime;
import java.util.List;
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
import vn.gov.dossier.exchange.postal.DispatchStatus;
import vn.gov.dossier.exchange.postal.PostalDispatch;
import vn.gov.dossier.exchange.postal.PostalDispatches;
import vn.gov.dossier.exchange.postal.SendingResultsByPost;
import vn.gov.dossier.exchange.dossier.DossierRecords;
import vn.gov.dossier.platform.application.Officer;
import vn.gov.dossier.platform.application.Role;
import vn.gov.dossier.platform.web.ApiException;
import vn.gov.dossier.platform.web.FieldError;
import vn.gov.dossier.platform.web.Params;

/**
 * Results by post, for the desk that received the dossiers and for operations: {@code GET /api/v1/postal-dispatches
 * ?status=FAILED&page=&size=} (a clerk sees their desk's, operations their province's or all), {@code GET
 * /api/v1/dossiers/{code}/postal-dispatch} (whoever may follow the dossier) and {@code POST
 * /api/v1/postal-dispatches/{id}/retry} (a FAILED one tried again: 202; 409 when it is not FAILED; 404 outside the
 * caller's desk or province). No recipient or street is shown: the tracking number and status are what is followed.
 */
@RestController
@RequestMapping("/api/v1")
class PostalController {

    private final PostalDispatches dispatches;
    private final SendingResultsByPost sending;
    private final DossierRecords records;

    PostalController(PostalDispatches dispatches, SendingResultsByPost sending, DossierRecords records) {
        this.dispatches = dispatches;
        this.sending = sending;
        this.records = records;
    }

    record DispatchView(long id, String dossierCode, String receivingUnitCode, String communeCode, DispatchStatus status, String trackingNumber,
                        int attempts, String lastError, OffsetDateTime createdAt, OffsetDateTime dispatchedAt, OffsetDateTime deliveredAt) {

        static DispatchView of(PostalDispatch dispatch) {
            return new DispatchView(dispatch.id(), dispatch.dossierCode(), dispatch.receivingUnitCode(),
                    dispatch.address() == null ? null : dispatch.address().unitCode(), dispatch.status(), dispatch.trackingNumber(),
                    dispatch.attempts(), dispatch.lastError(), dispatch.createdAt(), dispatch.dispatchedAt(), dispatch.deliveredAt());
        }
    }

    /** Results sent by post, by status: dispatched, delivered, failed. */
    @GetMapping("/postal-dispatches")
    Flux<DispatchView> list(@RequestParam(required = false) String status, @RequestParam(defaultValue = "0") int page,
                            @RequestParam(defaultValue = "50") int size, @AuthenticationPrincipal Officer officer) {
        Params.page("page", page);
        Params.size("size", size);
        DispatchStatus wanted = status(status);
        if (officer.is(Role.CLERK)) {
            return dispatches.list(wanted, null, officer.unit(), page, size).map(DispatchView::of);
        }
        return dispatches.list(wanted, officer.isNationalOperator() ? null : officer.unit(), null, page, size).map(DispatchView::of);
    }

    /** How a dossier's result travels by post. */
    @GetMapping("/dossiers/{code}/postal-dispatch")
    Mono<DispatchView> ofDossier(@PathVariable String code, @AuthenticationPrincipal Officer officer) {
        Params.dossierCode("code", code);
        return records.byCode(code).filter(dossier -> officer.is(Role.CLERK) || officer.isAt(Role.PROCESSOR, dossier.authorityId()))
                .flatMap(dossier -> dispatches.byDossierCode(code))
                .map(DispatchView::of)
                .switchIfEmpty(Mono.error(() -> ApiException.notFound("Dossier " + code + " has no result by post.")));
    }

    /** Sends a failed postal dispatch again. */
    @PostMapping("/postal-dispatches/{id}/retry")
    Mono<ResponseEntity<Void>> retry(@PathVariable long id, @AuthenticationPrincipal Officer officer) {
        return dispatches.byId(id)
                .filter(dispatch -> officer.isAt(Role.CLERK, dispatch.receivingUnitCode())
                        || officer.is(Role.OPERATOR) && officer.operatesIn(dispatch.receivingProvinceCode()))
                .switchIfEmpty(Mono.error(() -> ApiException.notFound("No postal dispatch " + id + " at your desk or in your province.")))
                .flatMap(dispatch -> sending.retry(id))
                .flatMap(retried -> retried ? Mono.just(ResponseEntity.status(HttpStatus.ACCEPTED).<Void>build())
                        : Mono.error(ApiException.conflict("Postal dispatch " + id + " has not failed; only a FAILED dispatch is retried.")));
    }

    private static DispatchStatus status(String status) {
        if (status == null) {
            return null;
        }
        try {
            return DispatchStatus.valueOf(status);
        } catch (IllegalArgumentException e) {
            throw ApiException.invalid(List.of(new FieldError("status", "must be one of " + List.of(DispatchStatus.values()))));
        }
    }
}
