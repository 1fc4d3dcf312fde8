package vn.gov.dossier.intake.registration.web;

import java.net.URI;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import vn.gov.dossier.intake.registration.Dossier;
import vn.gov.dossier.intake.registration.Dossiers;
import vn.gov.dossier.intake.registration.Draft;
import vn.gov.dossier.intake.registration.FinishingDrafts;
import vn.gov.dossier.intake.registration.NewDossier;
import vn.gov.dossier.intake.registration.ReceivingRules;
import vn.gov.dossier.platform.application.Officer;
import vn.gov.dossier.platform.web.ApiException;
import vn.gov.dossier.platform.web.Params;

/**
 * The citizen's own dossiers, and the dossiers citizens start online for a desk to finish:
 * <ul>
 * <li>{@code GET /api/v1/citizen/dossiers}: every dossier of which the signed-in citizen is the applicant, wherever and
 * however it was filed, newest first;</li>
 * <li>{@code POST /api/v1/citizen/drafts}: start a dossier online; its code (or QR code) is shown at any desk;</li>
 * <li>{@code GET /api/v1/citizen/drafts}: the citizen's started dossiers;</li>
 * <li>{@code GET /api/v1/drafts/{code}} and {@code POST /api/v1/drafts/{code}/submission}: a clerk or a support team
 * opens one and files it with the citizen, as an assisted online filing at their commune.</li>
 * </ul>
 */
@RestController
@RequestMapping("/api/v1")
class OnlineController {

    private static final Pattern DRAFT_CODE = Pattern.compile("[A-Z0-9]{8}");
    private static final int LIST_LIMIT = 100;

    private final Dossiers dossiers;
    private final FinishingDrafts drafts;
    private final ReceivingRules rules;

    OnlineController(Dossiers dossiers, FinishingDrafts drafts, ReceivingRules rules) {
        this.dossiers = dossiers;
        this.drafts = drafts;
        this.rules = rules;
    }

    /**
     * One of the citizen's dossiers in their list.
     *
     * @param feeVnd the fee when it was filed (0: none; null for dossiers filed before fees were recorded)
     * @param assisted whether someone helped them file it online
     */
    record OwnDossier(String code, String status, String procedureCode, String procedureName, String receivingUnitCode, String channel,
                      OffsetDateTime receivedAt, LocalDate appointmentDate, Long feeVnd, boolean electronicIdentity, boolean assisted,
                      String resultDelivery, String lookupSecret) {

        static OwnDossier of(Dossier dossier, ReceivingRules rules) {
            return new OwnDossier(dossier.code(), dossier.status().name(), dossier.procedureCode(), rules.procedureName(dossier.procedureCode()).orElse(null),
                    dossier.receivingUnitCode(), dossier.channel().name(), dossier.receivedAt(), dossier.appointmentDate(), dossier.feeVnd(),
                    dossier.electronicIdentity(), dossier.assistedBy() != null, dossier.resultDelivery().name(), dossier.lookupSecret());
        }
    }

    /** A citizen's own dossiers, wherever they were filed. */
    @GetMapping("/citizen/dossiers")
    Flux<OwnDossier> ownDossiers(@AuthenticationPrincipal Officer citizen) {
        return dossiers.ofApplicant(citizen.personalId(), LIST_LIMIT).map(dossier -> OwnDossier.of(dossier, rules));
    }

    /** A started dossier, as the citizen and the helper see it. */
    record DraftView(String code, String citizenName, NewDossier request, OffsetDateTime createdAt, OffsetDateTime expiresAt, String dossierCode) {

        static DraftView of(Draft draft) {
            return new DraftView(draft.code(), draft.citizenName(), draft.request(), draft.createdAt(), draft.expiresAt(), draft.dossierCode());
        }
    }

    /** A citizen starts a dossier to be finished at a desk; the answer carries its 8-character code. */
    @PostMapping("/citizen/drafts")
    Mono<ResponseEntity<DraftView>> start(@RequestBody NewDossier typed, @AuthenticationPrincipal Officer citizen) {
        return drafts.start(typed, citizen).map(draft -> ResponseEntity.status(HttpStatus.CREATED)
                .location(URI.create("/api/v1/drafts/" + draft.code())).body(DraftView.of(draft)));
    }

    /** A citizen's own dossiers started and not yet filed. */
    @GetMapping("/citizen/drafts")
    Flux<DraftView> ownDrafts(@AuthenticationPrincipal Officer citizen) {
        return drafts.ofCitizen(citizen.personalId(), LIST_LIMIT).map(DraftView::of);
    }

    /** A dossier a citizen started, opened by its code at a desk or by a support team. */
    @GetMapping("/drafts/{code}")
    Mono<DraftView> draft(@PathVariable String code) {
        return open(code).map(DraftView::of);
    }

    /**
     * @param assistance what the helper was doing and in which shift; optional (a clerk helped as a clerk)
     * @param completion what was completed with the citizen at the desk (a missing residence, a phone, papers' titles…);
     *     optional; the applicant's identity number and the receiving desk cannot be changed
     */
    record Submission(NewDossier.Assisted assistance, NewDossier completion) {
    }

    /** Files a dossier a citizen started, as an assisted online filing; filed twice, the same dossier. */
    @PostMapping("/drafts/{code}/submission")
    Mono<ResponseEntity<DossierReceipt>> submit(@PathVariable String code, @RequestBody(required = false) Submission submission,
                                                @AuthenticationPrincipal Officer helper) {
        return open(code).flatMap(draft -> drafts.finish(draft, submission == null ? null : submission.assistance(),
                        submission == null ? null : submission.completion(), helper))
                .map(registration -> ResponseEntity.status(registration.created() ? HttpStatus.CREATED : HttpStatus.OK)
                        .location(URI.create("/api/v1/dossiers/" + registration.dossier().code()))
                        .body(DossierReceipt.of(registration.dossier())))
                .onErrorMap(Problems::toApi);
    }

    private Mono<Draft> open(String code) {
        if (!Params.wellFormed(code, DRAFT_CODE)) {
            throw Params.invalid("code", "must be the 8-character code of a dossier started online");
        }
        return drafts.open(code).switchIfEmpty(Mono.error(() -> ApiException.notFound("No dossier started online has the code " + code
                + ", or it expired unfiled.")));
    }
}
