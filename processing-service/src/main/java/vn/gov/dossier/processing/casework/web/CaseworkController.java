package vn.gov.dossier.processing.casework.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.codec.multipart.FilePart;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import vn.gov.dossier.contracts.ApplicantContact;
import vn.gov.dossier.contracts.Channel;
import vn.gov.dossier.contracts.DossierStatus;
import vn.gov.dossier.contracts.PaperRef;
import vn.gov.dossier.contracts.PostalAddress;
import vn.gov.dossier.contracts.ResultDelivery;
import vn.gov.dossier.platform.application.Officer;
import vn.gov.dossier.platform.papers.Checksums;
import vn.gov.dossier.platform.papers.PaperDownloads;
import vn.gov.dossier.platform.papers.PaperStore;
import vn.gov.dossier.platform.papers.ReceivingPapers;
import vn.gov.dossier.platform.papers.StagedPaper;
import vn.gov.dossier.platform.web.ApiException;
import vn.gov.dossier.platform.web.FieldError;
import vn.gov.dossier.platform.web.Params;
import vn.gov.dossier.processing.applicant.ApplicantFile;
import vn.gov.dossier.processing.applicant.ApplicantFiles;
import vn.gov.dossier.processing.applicant.CasePaper;
import vn.gov.dossier.processing.casework.Actor;
import vn.gov.dossier.processing.casework.Case;
import vn.gov.dossier.processing.casework.CaseFiles;
import vn.gov.dossier.processing.casework.ConcurrentStep;
import vn.gov.dossier.processing.casework.HistoryEntry;
import vn.gov.dossier.processing.casework.InvalidStep;
import vn.gov.dossier.processing.casework.StepNotAllowed;
import vn.gov.dossier.processing.casework.TakingSteps;
import vn.gov.dossier.processing.queue.CaseSummary;
import vn.gov.dossier.processing.queue.Cases;
import vn.gov.dossier.processing.result.ResultSigner;
import vn.gov.dossier.processing.result.signing.AuthorityKeys;
import vn.gov.dossier.reference.Names;

/**
 * A processor's actions on a case (API.md): each answers 202, or 409 naming the steps the case's status allows (or
 * telling that another step came first). Who acts is the processor the access token names, on their own authority's
 * cases only: another authority's case answers 404, as an unknown one does.
 */
@RestController
@RequestMapping("/api/v1/cases")
class CaseworkController {

    private final TakingSteps steps;
    private final Cases cases;
    private final CaseFiles files;
    private final ApplicantFiles applicants;
    private final PaperStore store;
    private final ReceivingPapers receivingPapers;
    private final ResultSigner signer;
    private final Clock clock;
    private final Names names;

    CaseworkController(TakingSteps steps, Cases cases, CaseFiles files, ApplicantFiles applicants, PaperStore store,
                       ReceivingPapers receivingPapers, ResultSigner signer, Names names, Clock clock) {
        this.names = names;
        this.receivingPapers = receivingPapers;
        this.signer = signer;
        this.steps = steps;
        this.cases = cases;
        this.files = files;
        this.applicants = applicants;
        this.store = store;
        this.clock = clock;
    }

    /** API.md's case view: the case with its full history. */
    /**
     * API.md's case view, and the applicant's file: {@code applicant} (name, ID number, date of birth, residence,
     * contact or helper), {@code channel}, {@code resultDelivery} with {@code resultAddress}, {@code visitAddress}, and
     * {@code papers}, each with {@code isNew} when a supplement brought it. The file fields are null until intake's
     * submission has arrived (it travels on another topic than the routing that opened the case).
     */
    record CaseView(String dossierCode, DossierStatus status, Object authority, OffsetDateTime receivedAt, OffsetDateTime dueAt,
                    OffsetDateTime originalDueAt, boolean overdue, String timeliness, List<HistoryEntry> history, ApplicantContact applicant,
                    Channel channel, ResultDelivery resultDelivery, PostalAddress resultAddress, PostalAddress visitAddress, List<Paper> papers,
                    String procedureCode, String procedureName, String receivingUnitCode, String receivingUnitName, Map<String, String> unitNames) {
    }

    record Paper(UUID id, String title, String requirement, String sha256, long size, String mediaType, OffsetDateTime attachedAt,
                 String unitCode, String attachedBy, boolean isNew) {

        static Paper of(CasePaper attached) {
            PaperRef paper = attached.paper();
            return new Paper(paper.id(), paper.title(), paper.requirement(), paper.sha256(), paper.size(), paper.mediaType(), paper.attachedAt(),
                    paper.unitCode(), paper.attachedBy(), attached.fresh());
        }
    }

    record SupplementRequest(String reason) {
    }

    record Decision(String outcome, String reason) {
    }

    record Extension(OffsetDateTime newDueAt, String reason) {
    }

    /** A case as its processor sees it: the dossier, its papers, status, due date and history. */
    @GetMapping("/{dossierCode}")
    Mono<CaseView> caseOf(@PathVariable String dossierCode, @AuthenticationPrincipal Officer processor) {
        Params.dossierCode("dossierCode", dossierCode);
        return ownCase(dossierCode, processor)
                .flatMap(found -> Mono.zip(files.history(dossierCode).collectList(),
                        applicants.of(dossierCode).map(Optional::of).defaultIfEmpty(Optional.empty()),
                        applicants.papers(dossierCode).map(Paper::of).collectList())
                        .map(parts -> view(found, parts.getT1(), parts.getT2().orElse(null), parts.getT3())));
    }

    /** One paper of the case, from the paper store (intake need not be up). */
    @GetMapping("/{dossierCode}/papers/{id}")
    Mono<ResponseEntity<Flux<DataBuffer>>> paper(@PathVariable String dossierCode, @PathVariable String id,
                                                 @AuthenticationPrincipal Officer processor) {
        UUID paperId = Params.dossierCodeAndId("dossierCode", dossierCode, "id", id);
        return ownCase(dossierCode, processor)
                .flatMap(found -> applicants.papers(dossierCode).filter(attached -> attached.paper().id().equals(paperId)).next())
                .switchIfEmpty(Mono.error(() -> ApiException.notFound("Case " + dossierCode + " has no paper " + id + ".")))
                .map(attached -> PaperDownloads.answer(store, attached.paper()));
    }

    /** The case, when it is at the processor's own authority; 404 otherwise, as for an unknown case. */
    private Mono<CaseSummary> ownCase(String dossierCode, Officer processor) {
        Params.dossierCode("dossierCode", dossierCode);
        return cases.byDossierCode(dossierCode, OffsetDateTime.now(clock))
                .filter(found -> found.authority().id().equals(processor.unit()))
                .switchIfEmpty(Mono.error(() -> notFound(dossierCode)));
    }

    /** The authority accepts a case to process. */
    @PostMapping("/{dossierCode}/accept")
    Mono<ResponseEntity<Void>> accept(@PathVariable String dossierCode, @AuthenticationPrincipal Officer processor) {
        return act(dossierCode, processor, (current, actor, now) -> current.accept(actor, now));
    }

    /** The authority asks for a supplement: the clock stops until the desk takes it. */
    @PostMapping("/{dossierCode}/supplement-request")
    Mono<ResponseEntity<Void>> requestSupplement(@PathVariable String dossierCode, @RequestBody SupplementRequest request,
                                                 @AuthenticationPrincipal Officer processor) {
        return act(dossierCode, processor, (current, actor, now) -> current.requestSupplement(actor, now, request.reason()));
    }

    /** The authority decides: approved or rejected, with its reason. */
    @PostMapping("/{dossierCode}/decision")
    Mono<ResponseEntity<Void>> decide(@PathVariable String dossierCode, @RequestBody Decision decision, @AuthenticationPrincipal Officer processor) {
        if (!DossierStatus.APPROVED.name().equals(decision.outcome()) && !DossierStatus.REJECTED.name().equals(decision.outcome())) {
            return Mono.error(ApiException.invalid(List.of(new FieldError("outcome", "must be APPROVED or REJECTED"))));
        }
        boolean approved = DossierStatus.APPROVED.name().equals(decision.outcome());
        return act(dossierCode, processor, (current, actor, now) -> current.decide(actor, now, approved, decision.reason()));
    }

    /**
     * The decision with its result document ({@code multipart/form-data}): part {@code decision} is the JSON above, part
     * {@code result} the PDF. The PDF (by its content, at most the papers' size limit) is signed with the authority's
     * key (PAdES), stored in the paper store, and its reference kept on the case and carried by this step's event and
     * every later one, for the desk and the citizen to download. 415 naming {@code result} when it is not a PDF.
     */
    @PostMapping(path = "/{dossierCode}/decision", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    Mono<ResponseEntity<Void>> decideWithResult(@PathVariable String dossierCode, @RequestPart("decision") Decision decision,
                                                @RequestPart("result") FilePart result, @AuthenticationPrincipal Officer processor) {
        if (!DossierStatus.APPROVED.name().equals(decision.outcome()) && !DossierStatus.REJECTED.name().equals(decision.outcome())) {
            return Mono.error(ApiException.invalid(List.of(new FieldError("outcome", "must be APPROVED or REJECTED"))));
        }
        boolean approved = DossierStatus.APPROVED.name().equals(decision.outcome());
        return ownCase(dossierCode, processor).flatMap(found -> receivingPapers.receiveOne("result", result, staged -> {
            if (!MediaType.APPLICATION_PDF_VALUE.equals(staged.mediaType())) {
                return Mono.error(ApiException.unsupportedType("The result must be a PDF document.",
                        List.of(new FieldError("result", "is " + staged.mediaType() + " by its content; the result must be a PDF"))));
            }
            return signed(staged, found, decision.reason()).flatMap(signed -> act(dossierCode, processor,
                    (current, actor, now) -> current.decide(actor, now, approved, decision.reason()), signed));
        }));
    }

    /** The uploaded result signed in the authority's name and staged for the store, with its reference. */
    private Mono<SignedResult> signed(StagedPaper staged, CaseSummary found, String reason) {
        return Mono.fromCallable(() -> {
            byte[] signed = signer.sign(Files.readAllBytes(staged.path()), found.authority().id(), found.authority().name(),
                    "Kết quả giải quyết hồ sơ " + found.dossierCode() + (reason == null ? "" : ": " + reason));
            Path file = Files.createTempFile("signed-result-", ".pdf");
            Files.write(file, signed);
            String sha256 = Checksums.sha256(signed);
            return new SignedResult(new StagedPaper(staged.declared(), file, sha256, signed.length, MediaType.APPLICATION_PDF_VALUE),
                    new PaperRef(UUID.randomUUID(), "Kết quả giải quyết hồ sơ " + found.dossierCode(), null, sha256, signed.length,
                            MediaType.APPLICATION_PDF_VALUE, OffsetDateTime.now(clock), found.authority().id(), null));
        }).subscribeOn(Schedulers.boundedElastic())
                .onErrorMap(ResultSigner.NotAPdf.class, notAPdf -> ApiException.unsupportedType("The result must be a PDF document.",
                        List.of(new FieldError("result", "does not open as a PDF document"))))
                .onErrorMap(AuthorityKeys.NoSigningKey.class, noKey -> ApiException.conflict(noKey.getMessage()
                        + "; operations must install it before results can be issued electronically."));
    }

    /** A signed result waiting to be stored, and the reference the case keeps. */
    private record SignedResult(StagedPaper staged, PaperRef reference) {
    }

    /** The authority marks the result ready for the desk to hand over. */
    @PostMapping("/{dossierCode}/result-ready")
    Mono<ResponseEntity<Void>> resultReady(@PathVariable String dossierCode, @AuthenticationPrincipal Officer processor) {
        return act(dossierCode, processor, (current, actor, now) -> current.markResultReady(actor, now));
    }

    /** The authority extends a case's due date to a new one, with its reason. */
    @PostMapping("/{dossierCode}/extension")
    Mono<ResponseEntity<Void>> extend(@PathVariable String dossierCode, @RequestBody Extension extension, @AuthenticationPrincipal Officer processor) {
        return act(dossierCode, processor, (current, actor, now) -> current.extend(actor, now, extension.newDueAt(), extension.reason()));
    }

    /** A step on a case, by the officer who asked. */
    @FunctionalInterface
    private interface Step {
        Case.Change on(Case current, Actor actor, OffsetDateTime now);
    }

    /** The step, taken by the processor on their own authority's case; another authority's case is answered 404. */
    private Mono<ResponseEntity<Void>> act(String dossierCode, Officer processor, Step step) {
        return act(dossierCode, processor, step, null);
    }

    /** @param result the signed result issued with the step: stored first, taken back from the store if the step fails */
    private Mono<ResponseEntity<Void>> act(String dossierCode, Officer processor, Step step, SignedResult result) {
        Params.dossierCode("dossierCode", dossierCode);
        Actor actor = Actor.processor(processor.name(), processor.unit());
        PaperRef reference = result == null ? null : withSigner(result.reference(), processor);
        Mono<Case> taken = steps.take(dossierCode, processor.unit(), (current, now) -> step.on(current, actor, now), reference);
        return (result == null ? taken : receivingPapers.store(List.of(result.staged()), taken)
                        .doFinally(signal -> deleteQuietly(result.staged().path())))
                .map(done -> ResponseEntity.status(HttpStatus.ACCEPTED).<Void>build())
                .switchIfEmpty(Mono.error(() -> notFound(dossierCode)))
                .onErrorMap(StepNotAllowed.class, refused -> ApiException.conflict(refused.getMessage(),
                        Map.of("status", refused.status().name(), "allowed", refused.allowed().stream().map(Enum::name).sorted().toList())))
                .onErrorMap(ConcurrentStep.class, concurrent -> ApiException.conflict(concurrent.getMessage()))
                .onErrorMap(InvalidStep.class, invalid -> ApiException.invalid(List.of(new FieldError(invalid.field(), invalid.getMessage()))));
    }

    private static PaperRef withSigner(PaperRef result, Officer processor) {
        return new PaperRef(result.id(), result.title(), result.requirement(), result.sha256(), result.size(), result.mediaType(),
                result.attachedAt(), result.unitCode(), processor.name());
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // a temporary file; the system's cleaner takes it
        }
    }

    private static ApiException notFound(String dossierCode) {
        return ApiException.notFound("No case for dossier " + dossierCode + " at your authority.");
    }

    /** The case with the names a processor reads: its procedure's, and every commune's it mentions ({@code unitNames}). */
    private CaseView view(CaseSummary summary, List<HistoryEntry> history, ApplicantFile file, List<Paper> papers) {
        Map<String, String> unitNames = new java.util.TreeMap<>();
        java.util.stream.Stream.concat(java.util.stream.Stream.of(summary.receivingUnitCode(),
                        file == null || file.applicant() == null ? null : file.applicant().residenceUnitCode(),
                        file == null || file.resultAddress() == null ? null : file.resultAddress().unitCode(),
                        file == null || file.visitAddress() == null ? null : file.visitAddress().unitCode()),
                java.util.stream.Stream.concat(papers.stream().map(Paper::unitCode), history.stream().map(HistoryEntry::unitCode)))
                .filter(java.util.Objects::nonNull).distinct()
                .forEach(code -> java.util.Optional.ofNullable(names.unit(code)).ifPresent(name -> unitNames.put(code, name)));
        return new CaseView(summary.dossierCode(), summary.status(), summary.authority(), summary.receivedAt(), summary.dueAt(),
                summary.originalDueAt(), summary.overdue(), summary.timeliness(), history, file == null ? null : file.applicant(),
                file == null ? null : file.channel(), file == null ? null : file.resultDelivery(), file == null ? null : file.resultAddress(),
                file == null ? null : file.visitAddress(), papers, summary.procedureCode(), names.procedure(summary.procedureCode()),
                summary.receivingUnitCode(), names.unit(summary.receivingUnitCode()), unitNames);
    }
}
