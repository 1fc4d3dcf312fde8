package vn.gov.dossier.intake.result.web;

import java.util.Set;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.ResponseEntity;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import vn.gov.dossier.contracts.DossierStatus;
import vn.gov.dossier.contracts.PaperRef;
import vn.gov.dossier.contracts.ResultDelivery;
import vn.gov.dossier.intake.deskwork.TakingDeskSteps;
import vn.gov.dossier.intake.registration.Dossiers;
import vn.gov.dossier.intake.status.StatusView;
import vn.gov.dossier.intake.status.StatusViews;
import vn.gov.dossier.intake.status.web.PublicLookupLimit;
import vn.gov.dossier.platform.application.Officer;
import vn.gov.dossier.platform.papers.PaperDownloads;
import vn.gov.dossier.platform.papers.PaperStore;
import vn.gov.dossier.platform.web.ApiException;
import vn.gov.dossier.platform.web.Params;

/**
 * {@code GET /api/v1/dossiers/{code}/result}: the signed result (PDF, PAdES) once the authority made it ready, for the
 * desks (any desk hands results over) and the authority's processors; {@code GET /api/v1/public/dossiers/{code}/result
 * ?secret=}: the same for the citizen, rate-limited as the look-up is, a wrong secret answered like an unknown code.
 * 404 while there is no result to download, or when the authority issued it on paper only.
 */
@RestController
@RequestMapping("/api/v1")
class ResultController {

    /** When the signed result may be downloaded: made ready by the authority, or already handed over. */
    private static final Set<DossierStatus> AVAILABLE = Set.of(DossierStatus.RESULT_READY, DossierStatus.RETURNED);

    private final StatusViews views;
    private final Dossiers dossiers;
    private final TakingDeskSteps deskSteps;
    private final PublicLookupLimit limit;
    private final PaperStore store;

    ResultController(StatusViews views, Dossiers dossiers, TakingDeskSteps deskSteps, PublicLookupLimit limit, PaperStore store) {
        this.views = views;
        this.dossiers = dossiers;
        this.deskSteps = deskSteps;
        this.limit = limit;
        this.store = store;
    }

    /** The dossier's signed result (PDF), for the desk that hands it over. */
    @GetMapping("/dossiers/{code}/result")
    Mono<ResponseEntity<Flux<DataBuffer>>> result(@PathVariable String code, @AuthenticationPrincipal Officer officer) {
        Params.dossierCode("code", code);
        return views.byCode(code).filter(view -> view.visibleTo(officer))
                .switchIfEmpty(Mono.error(() -> ApiException.notFound("No dossier has the code " + code + ".")))
                .flatMap(this::ready)
                .map(result -> PaperDownloads.answer(store, result));
    }

    /**
     * The citizen's download. For a dossier whose result goes online, the first download while the result is ready hands
     * it over (recorded before the file is sent; a second download sends the same file and records nothing).
     */
    @GetMapping("/public/dossiers/{code}/result")
    Mono<ResponseEntity<Flux<DataBuffer>>> publicResult(@PathVariable String code, @RequestParam(required = false) String secret,
                                                        ServerHttpRequest request) {
        limit.admit(request);
        // A malformed code is answered like an unknown code and a wrong secret: the look-up tells nothing to a guesser.
        return (Params.wellFormed(code, Params.DOSSIER_CODE) ? views.bySecret(code, secret) : Mono.<StatusView>empty())
                .switchIfEmpty(Mono.error(() -> ApiException.notFound("No dossier matches this code and secret.")))
                .flatMap(view -> ready(view).flatMap(result -> handedOverOnline(view).thenReturn(result)))
                .map(result -> PaperDownloads.answer(store, result));
    }

    /** A citizen signed in online downloads their own dossier's result, handed over to them as by the public download. */
    @GetMapping("/citizen/dossiers/{code}/result")
    Mono<ResponseEntity<Flux<DataBuffer>>> ownResult(@PathVariable String code, @AuthenticationPrincipal Officer citizen) {
        Params.dossierCode("code", code);
        return views.ownedBy(code, citizen.personalId()).flatMap(views::byCode)
                .switchIfEmpty(Mono.error(() -> ApiException.notFound("You have no dossier with the code " + code + ".")))
                .flatMap(view -> ready(view).flatMap(result -> handedOverOnline(view).thenReturn(result)))
                .map(result -> PaperDownloads.answer(store, result));
    }

    private Mono<Void> handedOverOnline(StatusView view) {
        if (view.status() != DossierStatus.RESULT_READY) {
            return Mono.empty();
        }
        return dossiers.byCode(view.code())
                .filter(dossier -> dossier.resultDelivery() == ResultDelivery.ONLINE)
                .flatMap(dossier -> deskSteps.handedOverOnline(view.code(), dossier.receivingUnitCode()))
                .onErrorResume(TakingDeskSteps.NotNow.class, moved -> Mono.empty())
                .then();
    }

    private Mono<PaperRef> ready(StatusView view) {
        if (!AVAILABLE.contains(view.status())) {
            return Mono.error(ApiException.notFound("Dossier " + view.code() + " has no result to download yet (it is " + view.status() + ")."));
        }
        return views.result(view.code())
                .switchIfEmpty(Mono.error(() -> ApiException.notFound("The authority issued no electronic result for dossier " + view.code()
                        + "; the result is on paper.")));
    }
}
