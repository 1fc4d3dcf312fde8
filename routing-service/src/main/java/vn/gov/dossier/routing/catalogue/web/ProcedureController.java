package vn.gov.dossier.routing.catalogue.web;

import java.util.List;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import vn.gov.dossier.platform.web.ApiException;
import vn.gov.dossier.platform.web.FieldError;
import vn.gov.dossier.reference.Competence;
import vn.gov.dossier.reference.Procedure;
import vn.gov.dossier.reference.RequiredPapers;
import vn.gov.dossier.reference.SearchText;
import vn.gov.dossier.routing.catalogue.CatalogueEntry;
import vn.gov.dossier.routing.catalogue.ChangingCatalogue;
import vn.gov.dossier.routing.catalogue.CurrentCatalogue;
import vn.gov.dossier.platform.web.Params;

@RestController
@RequestMapping("/api/v1/procedures")
class ProcedureController {

    private final CurrentCatalogue catalogue;
    private final ChangingCatalogue changing;

    private final RequiredPapers requiredPapers;

    ProcedureController(CurrentCatalogue catalogue, ChangingCatalogue changing, RequiredPapers requiredPapers) {
        this.catalogue = catalogue;
        this.changing = changing;
        this.requiredPapers = requiredPapers;
    }

    /**
     * API.md's procedure shape, with the source of its facts, whether it is offered, the catalogue version, and the
     * papers its dossier must hold where the statute lists them ({@code requiredPapers}, each with its article).
     */
    record ProcedureView(String code, String name, Competence competence, int processingDays, Integer processingHours, long fee, String source,
                         boolean offered, long version, List<RequiredPapers.RequiredPaper> requiredPapers) {
    }

    private ProcedureView view(CatalogueEntry entry) {
        Procedure procedure = entry.procedure();
        return new ProcedureView(procedure.code(), procedure.name(), procedure.competence(), procedure.processingDays(),
                procedure.processingHours(), procedure.feeVnd(), procedure.source(), entry.offered(), entry.version(),
                requiredPapers.of(procedure.code()));
    }

    record Page(List<ProcedureView> content, int page, int size, long totalElements) {
    }

    /** What an administrator sends to offer or change a procedure. */
    record ProcedureChange(String name, Competence competence, Integer processingDays, Integer processingHours, Long fee, String source) {
    }

    /** One procedure of the catalogue: competence, time, fee and required papers. */
    @GetMapping("/{code}")
    ProcedureView procedure(@PathVariable String code) {
        Params.procedureCode("code", code);
        return catalogue.entry(code).filter(CatalogueEntry::offered).map(this::view)
                .orElseThrow(() -> ApiException.notFound("No procedure " + code + " is offered in the catalogue."));
    }

    /** A page of the offered procedures, or of those whose code or name matches {@code q} (tone marks optional). */
    @GetMapping
    Page page(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size,
              @RequestParam(required = false) String q) {
        Params.page("page", page);
        Params.size("size", size);
        if (q != null && (q.isBlank() || q.length() > 100)) {
            throw Params.invalid("q", "must be 1 to 100 characters");
        }
        List<CatalogueEntry> offered = q == null ? catalogue.offeredEntries() : byCodeOrName(q);
        List<ProcedureView> content = offered.stream().skip((long) page * size).limit(size).map(this::view).toList();
        return new Page(content, page, size, offered.size());
    }

    /** The offered procedures whose code begins with {@code q} or whose name matches it, the closest first. */
    private List<CatalogueEntry> byCodeOrName(String q) {
        SearchText typed = SearchText.of(q);
        return typed.rank(catalogue.offeredEntries(), entry -> Math.max(entry.procedure().code().startsWith(q.trim()) ? 1 : 0,
                typed.score(entry.procedure().name())));
    }

    /** Offers a procedure, or changes one; in force at once, and announced to intake. */
    @PutMapping("/{code}")
    Mono<ProcedureView> offer(@PathVariable String code, @RequestBody ProcedureChange change) {
        Params.procedureCode("code", code);
        Procedure procedure = new Procedure(code, change.name(), change.competence(),
                change.processingDays() == null ? -1 : change.processingDays(), change.processingHours(),
                change.fee() == null ? -1 : change.fee(), change.source());
        return changing.offer(procedure).map(this::view)
                .onErrorMap(ChangingCatalogue.InvalidChange.class, invalid -> ApiException.invalid(
                        invalid.problems().stream().map(problem -> new FieldError(problem[0], problem[1])).toList()));
    }

    /** Withdraws a procedure: dossiers for it can no longer be filed. */
    @DeleteMapping("/{code}")
    Mono<ProcedureView> withdraw(@PathVariable String code) {
        Params.procedureCode("code", code);
        return changing.withdraw(code).map(this::view)
                .switchIfEmpty(Mono.error(() -> ApiException.notFound("No procedure " + code + " is in the catalogue.")));
    }
}
