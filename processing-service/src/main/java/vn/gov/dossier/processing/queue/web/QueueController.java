package vn.gov.dossier.processing.queue.web;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import vn.gov.dossier.platform.web.ApiException;
import vn.gov.dossier.platform.web.FieldError;
import vn.gov.dossier.processing.queue.CaseSummary;
import vn.gov.dossier.processing.queue.Cases;
import vn.gov.dossier.platform.web.Params;

@RestController
@RequestMapping("/api/v1")
class QueueController {

    private static final Set<String> STATUSES = Set.of("ROUTED", "IN_PROCESSING", "AWAITING_SUPPLEMENT", "APPROVED", "REJECTED",
            "RESULT_READY", "RETURNED", "WITHDRAWN");

    private final Cases cases;
    private final Clock clock;

    QueueController(Cases cases, Clock clock) {
        this.cases = cases;
        this.clock = clock;
    }

    record Page(List<CaseSummary> content, int page, int size, long totalElements) {
    }

    @GetMapping("/authorities/{authorityId}/cases")
    Mono<Page> queue(@PathVariable String authorityId, @RequestParam(required = false) String status,
                     @RequestParam(required = false) Boolean overdue, @RequestParam(defaultValue = "0") int page,
                     @RequestParam(defaultValue = "20") int size) {
        Params.authorityId("authorityId", authorityId);
        Params.page("page", page);
        Params.size("size", size);
        if (status != null && !STATUSES.contains(status)) {
            return Mono.error(ApiException.invalid(List.of(new FieldError("status", "must be one of " + STATUSES))));
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        return cases.queue(authorityId, status, overdue, now, page, size).collectList()
                .zipWith(cases.count(authorityId, status, overdue, now))
                .map(result -> new Page(result.getT1(), page, size, result.getT2()));
    }
}
