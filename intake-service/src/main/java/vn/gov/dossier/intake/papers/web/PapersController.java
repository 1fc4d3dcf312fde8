package vn.gov.dossier.intake.papers.web;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import vn.gov.dossier.intake.papers.AttachedPaper;
import vn.gov.dossier.intake.papers.PaperRecords;
import vn.gov.dossier.intake.status.StatusView;
import vn.gov.dossier.intake.status.StatusViews;
import vn.gov.dossier.platform.application.Officer;
import vn.gov.dossier.platform.papers.PaperDownloads;
import vn.gov.dossier.platform.papers.PaperStore;
import vn.gov.dossier.platform.web.ApiException;
import vn.gov.dossier.platform.web.Params;

/**
 * {@code GET /api/v1/dossiers/{code}/papers}: the papers received, in order, each with its title, requirement, checksum,
 * size, type, who attached it at which desk and when, and whether a supplement brought it; {@code GET
 * /api/v1/dossiers/{code}/papers/{id}}: the paper itself. For the desk that received the dossier and the processors of
 * its competent authority; anyone else is answered 404, as for an unknown dossier.
 */
@RestController
@RequestMapping("/api/v1/dossiers/{code}/papers")
class PapersController {

    private final StatusViews views;
    private final PaperRecords records;
    private final PaperStore store;

    PapersController(StatusViews views, PaperRecords records, PaperStore store) {
        this.views = views;
        this.records = records;
        this.store = store;
    }

    record Paper(UUID id, String title, String requirement, String sha256, long size, String mediaType, OffsetDateTime attachedAt,
                 String unitCode, String attachedBy, boolean supplement) {

        static Paper of(AttachedPaper attached) {
            var paper = attached.paper();
            return new Paper(paper.id(), paper.title(), paper.requirement(), paper.sha256(), paper.size(), paper.mediaType(),
                    paper.attachedAt(), paper.unitCode(), paper.attachedBy(), attached.supplement());
        }
    }

    /** The papers of a dossier: name, type, size and hash of each scan. */
    @GetMapping
    Flux<Paper> list(@PathVariable String code, @AuthenticationPrincipal Officer officer) {
        return papers(code, officer).map(Paper::of);
    }

    /** One paper of a dossier, as it was scanned. */
    @GetMapping("/{id}")
    Mono<ResponseEntity<Flux<DataBuffer>>> open(@PathVariable String code, @PathVariable String id, @AuthenticationPrincipal Officer officer) {
        UUID paperId = Params.dossierCodeAndId("code", code, "id", id);
        return papers(code, officer).filter(attached -> attached.paper().id().equals(paperId)).next()
                .switchIfEmpty(Mono.error(() -> ApiException.notFound("Dossier " + code + " has no paper " + id + ".")))
                .map(attached -> PaperDownloads.answer(store, attached.paper()));
    }

    private Flux<AttachedPaper> papers(String code, Officer officer) {
        Params.dossierCode("code", code);
        return views.byCode(code).filter(view -> view.papersOpenTo(officer))
                .switchIfEmpty(Mono.error(() -> ApiException.notFound("No dossier has the code " + code + " at your desk or authority.")))
                .flatMap((StatusView view) -> views.ref(code))
                .flatMapMany(dossier -> records.of(dossier.id()));
    }
}
