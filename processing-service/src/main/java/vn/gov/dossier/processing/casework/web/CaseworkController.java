package vn.gov.dossier.processing.casework.web;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import vn.gov.dossier.contracts.DossierStatus;
import vn.gov.dossier.platform.web.ApiException;
import vn.gov.dossier.platform.web.FieldError;
import vn.gov.dossier.platform.web.Params;
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

/**
 * A processor's actions on a case (API.md): each answers 202, or 409 naming the steps the case's status allows (or
 * telling that another step came first). Who acts is taken from {@code X-Actor-Name} (UTF-8, percent-encoded: header
 * values cannot carry Vietnamese letters as they are) and {@code X-Actor-Unit}, until the system has authentication.
 */
@RestController
@RequestMapping("/api/v1/cases")
class CaseworkController {

    private final TakingSteps steps;
    private final Cases cases;
    private final CaseFiles files;
    private final Clock clock;

    CaseworkController(TakingSteps steps, Cases cases, CaseFiles files, Clock clock) {
        this.steps = steps;
        this.cases = cases;
        this.files = files;
        this.clock = clock;
    }

    /** API.md's case view: the case with its full history. */
    record CaseView(String dossierCode, DossierStatus status, Object authority, OffsetDateTime receivedAt, OffsetDateTime dueAt,
                    OffsetDateTime originalDueAt, boolean overdue, String timeliness, List<HistoryEntry> history) {
    }

    record SupplementRequest(String reason) {
    }

    record Decision(String outcome, String reason) {
    }

    record Extension(OffsetDateTime newDueAt, String reason) {
    }

    @GetMapping("/{dossierCode}")
    Mono<CaseView> caseOf(@PathVariable String dossierCode) {
        Params.dossierCode("dossierCode", dossierCode);
        return cases.byDossierCode(dossierCode, OffsetDateTime.now(clock))
                .zipWith(files.history(dossierCode).collectList())
                .map(found -> view(found.getT1(), found.getT2()))
                .switchIfEmpty(Mono.error(() -> ApiException.notFound("No case for dossier " + dossierCode + ".")));
    }

    @PostMapping("/{dossierCode}/accept")
    Mono<ResponseEntity<Void>> accept(@PathVariable String dossierCode, @RequestHeader(name = "X-Actor-Name", required = false) String name,
                                      @RequestHeader(name = "X-Actor-Unit", required = false) String unit) {
        Actor actor = actor(name, unit);
        return act(dossierCode, (current, now) -> current.accept(actor, now));
    }

    @PostMapping("/{dossierCode}/supplement-request")
    Mono<ResponseEntity<Void>> requestSupplement(@PathVariable String dossierCode, @RequestBody SupplementRequest request,
                                                 @RequestHeader(name = "X-Actor-Name", required = false) String name,
                                                 @RequestHeader(name = "X-Actor-Unit", required = false) String unit) {
        Actor actor = actor(name, unit);
        return act(dossierCode, (current, now) -> current.requestSupplement(actor, now, request.reason()));
    }

    @PostMapping("/{dossierCode}/decision")
    Mono<ResponseEntity<Void>> decide(@PathVariable String dossierCode, @RequestBody Decision decision,
                                      @RequestHeader(name = "X-Actor-Name", required = false) String name,
                                      @RequestHeader(name = "X-Actor-Unit", required = false) String unit) {
        if (!DossierStatus.APPROVED.name().equals(decision.outcome()) && !DossierStatus.REJECTED.name().equals(decision.outcome())) {
            return Mono.error(ApiException.invalid(List.of(new FieldError("outcome", "must be APPROVED or REJECTED"))));
        }
        Actor actor = actor(name, unit);
        boolean approved = DossierStatus.APPROVED.name().equals(decision.outcome());
        return act(dossierCode, (current, now) -> current.decide(actor, now, approved, decision.reason()));
    }

    @PostMapping("/{dossierCode}/result-ready")
    Mono<ResponseEntity<Void>> resultReady(@PathVariable String dossierCode, @RequestHeader(name = "X-Actor-Name", required = false) String name,
                                           @RequestHeader(name = "X-Actor-Unit", required = false) String unit) {
        Actor actor = actor(name, unit);
        return act(dossierCode, (current, now) -> current.markResultReady(actor, now));
    }

    @PostMapping("/{dossierCode}/extension")
    Mono<ResponseEntity<Void>> extend(@PathVariable String dossierCode, @RequestBody Extension extension,
                                      @RequestHeader(name = "X-Actor-Name", required = false) String name,
                                      @RequestHeader(name = "X-Actor-Unit", required = false) String unit) {
        Actor actor = actor(name, unit);
        return act(dossierCode, (current, now) -> current.extend(actor, now, extension.newDueAt(), extension.reason()));
    }

    private Mono<ResponseEntity<Void>> act(String dossierCode, BiFunction<Case, OffsetDateTime, Case.Change> step) {
        Params.dossierCode("dossierCode", dossierCode);
        return steps.take(dossierCode, step)
                .map(done -> ResponseEntity.status(HttpStatus.ACCEPTED).<Void>build())
                .switchIfEmpty(Mono.error(() -> ApiException.notFound("No case for dossier " + dossierCode + ".")))
                .onErrorMap(StepNotAllowed.class, refused -> ApiException.conflict(refused.getMessage(),
                        Map.of("status", refused.status().name(), "allowed", refused.allowed().stream().map(Enum::name).sorted().toList())))
                .onErrorMap(ConcurrentStep.class, concurrent -> ApiException.conflict(concurrent.getMessage()))
                .onErrorMap(InvalidStep.class, invalid -> ApiException.invalid(List.of(new FieldError(invalid.field(), invalid.getMessage()))));
    }

    private static Actor actor(String name, String unit) {
        if (unit != null && !unit.matches("[A-Za-z0-9-]{1,20}")) {
            throw ApiException.invalid(List.of(new FieldError("X-Actor-Unit", "must be a unit code or an authority id")));
        }
        if (name == null || name.isBlank()) {
            return new Actor("processor", unit);
        }
        String decoded;
        try {
            decoded = URLDecoder.decode(name, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw ApiException.invalid(List.of(new FieldError("X-Actor-Name", "must be UTF-8, percent-encoded")));
        }
        if (decoded.length() > 200 || decoded.chars().anyMatch(Character::isISOControl)) {
            throw ApiException.invalid(List.of(new FieldError("X-Actor-Name", "must be a name of at most 200 characters, without control characters")));
        }
        return new Actor(decoded, unit);
    }

    private static CaseView view(CaseSummary summary, List<HistoryEntry> history) {
        return new CaseView(summary.dossierCode(), summary.status(), summary.authority(), summary.receivedAt(), summary.dueAt(),
                summary.originalDueAt(), summary.overdue(), summary.timeliness(), history);
    }
}
