package vn.gov.dossier.reporting.reconciliation.web;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;
import vn.gov.dossier.platform.web.Params;
import vn.gov.dossier.reporting.reconciliation.FindingStuckDossiers;
import vn.gov.dossier.reporting.reconciliation.StuckDossier;

/**
 * {@code GET /api/v1/reconciliation?olderThan=PT15M&size=}: the dossiers stuck in a stage longer than that (default
 * {@code dossier.reporting.stuck-after}), oldest first, each with the services whose events to re-drive.
 */
@RestController
@RequestMapping("/api/v1/reconciliation")
class ReconciliationController {

    private final FindingStuckDossiers finding;

    ReconciliationController(FindingStuckDossiers finding) {
        this.finding = finding;
    }

    /** Dossiers stuck in a stage longer than the threshold. */
    @GetMapping
    Flux<StuckDossier> stuck(@RequestParam(required = false) String olderThan, @RequestParam(defaultValue = "200") int size) {
        Params.size("size", size);
        return finding.olderThan(olderThan == null ? finding.threshold() : age(olderThan), size);
    }

    private static Duration age(String olderThan) {
        try {
            Duration age = Duration.parse(olderThan);
            if (age.isNegative()) {
                throw Params.invalid("olderThan", "must not be negative");
            }
            return age;
        } catch (DateTimeParseException e) {
            throw Params.invalid("olderThan", "must be an ISO-8601 duration such as PT15M");
        }
    }
}
