package vn.gov.dossier.intake.deskwork.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.codec.multipart.FilePart;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import vn.gov.dossier.intake.deskwork.DeskRequest;
import vn.gov.dossier.intake.deskwork.InvalidDeskRequest;
import vn.gov.dossier.intake.deskwork.TakingDeskSteps;
import vn.gov.dossier.intake.registration.NewDossier;
import vn.gov.dossier.platform.application.Officer;
import vn.gov.dossier.platform.papers.DeclaredPaper;
import vn.gov.dossier.platform.papers.ReceivingPapers;
import vn.gov.dossier.platform.web.ApiException;
import vn.gov.dossier.platform.web.FieldError;
import vn.gov.dossier.platform.web.Params;

/**
 * Supplements, withdrawals and handovers (API.md), at any desk: {@code unitCode} names the desk that acts (default: the
 * desk that received the dossier). Each answers 202, 400 naming every bad field, 404 for an unknown dossier, or 409
 * when the dossier's status does not allow it.
 */
@RestController
@RequestMapping("/api/v1/dossiers/{code}")
class DeskworkController {

    private final TakingDeskSteps steps;
    private final ReceivingPapers receivingPapers;

    DeskworkController(TakingDeskSteps steps, ReceivingPapers receivingPapers) {
        this.steps = steps;
        this.receivingPapers = receivingPapers;
    }

    record Supplement(List<NewDossier.Document> documents, String note, String unitCode) {
    }

    record Withdrawal(String reason, String unitCode) {
    }

    record Handover(String unitCode) {
    }

    /** The desk takes the supplement the authority asked for (the papers the citizen brought back). */
    @PostMapping("/supplements")
    Mono<ResponseEntity<Void>> supplement(@PathVariable String code, @RequestBody Supplement supplement, @AuthenticationPrincipal Officer clerk) {
        return act(code, DeskRequest.supplement(supplement.documents(), supplement.note(), desk(supplement.unitCode(), clerk)), clerk);
    }

    /**
     * A supplement with its scans ({@code multipart/form-data}): part {@code supplement} is the JSON above, each uploaded
     * document naming its {@code file}; parts {@code papers} are the files, checked as at filing (400, 413, 415 naming
     * the file; nothing stored then).
     */
    @PostMapping(path = "/supplements", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    Mono<ResponseEntity<Void>> supplementWithPapers(@PathVariable String code, @RequestPart("supplement") Supplement supplement,
                                                    @RequestPart(name = "papers", required = false) List<FilePart> papers,
                                                    @AuthenticationPrincipal Officer clerk) {
        DeskRequest request = DeskRequest.supplement(supplement.documents(), supplement.note(), desk(supplement.unitCode(), clerk));
        List<DeclaredPaper> declared = new ArrayList<>();
        for (int i = 0; i < request.documents().size(); i++) {
            NewDossier.Document document = request.documents().get(i);
            if (document != null && document.file() != null) {
                declared.add(new DeclaredPaper("documents[" + i + "]", document.file(), document.sha256() == null ? "" : document.sha256()));
            }
        }
        Params.dossierCode("code", code);
        return receivingPapers.receive(declared, papers == null ? List.of() : papers, staged -> answer(code, steps.take(code, request,
                clerk.name(), staged)));
    }

    /** The desk records the citizen's withdrawal of a dossier, with its reason. */
    @PostMapping("/withdrawal")
    Mono<ResponseEntity<Void>> withdrawal(@PathVariable String code, @RequestBody Withdrawal withdrawal, @AuthenticationPrincipal Officer clerk) {
        return act(code, DeskRequest.withdrawal(withdrawal.reason(), desk(withdrawal.unitCode(), clerk)), clerk);
    }

    /** The desk hands the result over to the citizen (at the desk, or sent by post). */
    @PostMapping("/handover")
    Mono<ResponseEntity<Void>> handover(@PathVariable String code, @RequestBody(required = false) Handover handover,
                                        @AuthenticationPrincipal Officer clerk) {
        return act(code, DeskRequest.handover(desk(handover == null ? null : handover.unitCode(), clerk)), clerk);
    }

    /** The desk that acts is the clerk's own; a body that names another is refused, not silently corrected. */
    private static String desk(String requested, Officer clerk) {
        if (requested != null && !requested.equals(clerk.unit())) {
            throw ApiException.forbidden("A clerk acts only at their own desk (" + clerk.unit() + ").",
                    List.of(new FieldError("unitCode", "must be your own desk, " + clerk.unit() + ", or left out")));
        }
        return clerk.unit();
    }

    private Mono<ResponseEntity<Void>> act(String code, DeskRequest request, Officer clerk) {
        Params.dossierCode("code", code);
        if (request.documents().stream().anyMatch(document -> document != null && document.file() != null)) {
            return Mono.error(ApiException.invalid(List.of(new FieldError("documents", "name uploaded files: send the supplement as "
                    + "multipart/form-data with the files as parts named papers"))));
        }
        return answer(code, steps.take(code, request, clerk.name()));
    }

    static Mono<ResponseEntity<Void>> answer(String code, Mono<Boolean> taken) {
        return taken
                .map(done -> ResponseEntity.status(HttpStatus.ACCEPTED).<Void>build())
                .switchIfEmpty(Mono.error(() -> ApiException.notFound("No dossier has the code " + code + ".")))
                .onErrorMap(InvalidDeskRequest.class, invalid -> ApiException.invalid(invalid.violations().stream()
                        .map(violation -> new FieldError(violation.field(), violation.message())).toList()))
                .onErrorMap(TakingDeskSteps.NotNow.class, notNow -> ApiException.conflict(notNow.getMessage(),
                        Map.of("status", notNow.status(), "allowedWhen", notNow.allowedIn().stream().map(Enum::name).sorted().toList())));
    }
}
