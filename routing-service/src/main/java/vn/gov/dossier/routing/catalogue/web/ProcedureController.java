package vn.gov.dossier.routing.catalogue.web;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.gov.dossier.platform.web.ApiException;
import vn.gov.dossier.platform.web.FieldError;
import vn.gov.dossier.reference.Catalogue;
import vn.gov.dossier.reference.Competence;
import vn.gov.dossier.reference.Procedure;

@RestController
@RequestMapping("/api/v1/procedures")
class ProcedureController {

    private final Catalogue catalogue;

    ProcedureController(Catalogue catalogue) {
        this.catalogue = catalogue;
    }

    record ProcedureView(String code, String name, Competence competence, int processingDays, Integer processingHours, long fee, String source) {

        static ProcedureView of(Procedure procedure) {
            return new ProcedureView(procedure.code(), procedure.name(), procedure.competence(), procedure.processingDays(),
                    procedure.processingHours(), procedure.feeVnd(), procedure.source());
        }
    }

    record Page(List<ProcedureView> content, int page, int size, long totalElements) {
    }

    @GetMapping("/{code}")
    ProcedureView procedure(@PathVariable String code) {
        return catalogue.procedure(code).map(ProcedureView::of)
                .orElseThrow(() -> ApiException.notFound("No procedure " + code + " is in the catalogue."));
    }

    @GetMapping
    Page page(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        if (page < 0 || size < 1 || size > 200) {
            throw ApiException.invalid(List.of(new FieldError(page < 0 ? "page" : "size", page < 0 ? "must be 0 or more" : "must be 1 to 200")));
        }
        List<ProcedureView> all = catalogue.procedures().stream().map(ProcedureView::of).toList();
        List<ProcedureView> content = all.stream().skip((long) page * size).limit(size).toList();
        return new Page(content, page, size, all.size());
    }
}
