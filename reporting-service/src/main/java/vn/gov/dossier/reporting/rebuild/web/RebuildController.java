package vn.gov.dossier.reporting.rebuild.web;

import java.util.Map;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import vn.gov.dossier.platform.web.ApiException;
import vn.gov.dossier.reporting.rebuild.RebuildReport;
import vn.gov.dossier.reporting.rebuild.Rebuilding;

/**
 * {@code POST /api/v1/projections/rebuild[?force=true]}: replays the topics into fresh projections; answers when done.
 * 200 with the report when they replaced the live ones; 409 naming every difference when they would have lost
 * dossiers or changed a closed month (and {@code force} was not given), or when a rebuild is already running.
 */
@RestController
@RequestMapping("/api/v1/projections")
class RebuildController {

    private final Rebuilding rebuilding;

    RebuildController(Rebuilding rebuilding) {
        this.rebuilding = rebuilding;
    }

    /** Rebuilds reporting's projections from the topics and swaps them in when they agree. */
    @PostMapping("/rebuild")
    Mono<RebuildReport> rebuild(@RequestParam(defaultValue = "false") boolean force) {
        return rebuilding.rebuild(force)
                .switchIfEmpty(Mono.error(() -> ApiException.conflict("A rebuild is already running.")))
                .flatMap(report -> report.swapped() ? Mono.just(report)
                        : Mono.error(ApiException.conflict("The rebuilt projections differ from the live ones and were not swapped in; "
                                + "repeat with force=true to replace them anyway.", Map.of("differences", report.differences(), "events", report.events()))));
    }
}
