package vn.gov.dossier.processing.queue.web;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import vn.gov.dossier.contracts.DossierStatus;
import vn.gov.dossier.platform.application.Officer;
import vn.gov.dossier.platform.web.ApiException;
import vn.gov.dossier.platform.web.FieldError;
import vn.gov.dossier.platform.web.Params;
import vn.gov.dossier.processing.queue.CaseSummary;
import vn.gov.dossier.processing.queue.Cases;
import vn.gov.dossier.reference.Names;

@RestController
@RequestMapping("/api/v1")
class QueueController {

    private final Cases cases;
    private final Names names;
    private final Clock clock;

    QueueController(Cases cases, Names names, Clock clock) {
        this.cases = cases;
        this.names = names;
        this.clock = clock;
    }

    record Page(List<CaseSummary> content, int page, int size, long totalElements) {
    }

    /** An authority's queue of cases, a page at a time, by status or overdue. */
    @GetMapping("/authorities/{authorityId}/cases")
    Mono<Page> queue(@PathVariable String authorityId, @RequestParam(required = false) String status,
                     @RequestParam(required = false) Boolean overdue, @RequestParam(defaultValue = "0") int page,
                     @RequestParam(defaultValue = "20") int size, @AuthenticationPrincipal Officer processor) {
        Params.authorityId("authorityId", authorityId);
        if (!authorityId.equals(processor.unit())) {
            // Another authority's queue is not there for this officer: the same answer as an authority with no cases here.
            return Mono.error(ApiException.notFound("No queue of authority " + authorityId + " for you."));
        }
        Params.page("page", page);
        Params.size("size", size);
        DossierStatus filter = status == null ? null : DossierStatus.OF_A_CASE.stream().filter(known -> known.name().equals(status)).findFirst()
                .orElseThrow(() -> ApiException.invalid(List.of(new FieldError("status", "must be one of " + DossierStatus.OF_A_CASE))));
        OffsetDateTime now = OffsetDateTime.now(clock);
        return cases.queue(authorityId, filter, overdue, now, page, size).map(summary -> summary.named(names)).collectList()
                .zipWith(cases.count(authorityId, filter, overdue, now))
                .map(result -> new Page(result.getT1(), page, size, result.getT2()));
    }
}
