package vn.gov.dossier.reporting.rebuild.web;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import vn.gov.dossier.platform.web.ApiException;
import vn.gov.dossier.reporting.rebuild.RebuildReport;
import vn.gov.dossier.reporting.rebuild.Rebuilding;

/** {@code POST /api/v1/projections/rebuild}: replays the topics into fresh projections; answers when done. */
@RestController
@RequestMapping("/api/v1/projections")
class RebuildController {

    private final Rebuilding rebuilding;

    RebuildController(Rebuilding rebuilding) {
        this.rebuilding = rebuilding;
    }

    @PostMapping("/rebuild")
    Mono<RebuildReport> rebuild() {
        return rebuilding.rebuild().switchIfEmpty(Mono.error(() -> ApiException.conflict("A rebuild is already running.")));
    }
}
