package vn.gov.dossier.intake.papers;

import java.util.UUID;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import vn.gov.dossier.contracts.PaperRef;

/** The records of the papers received for each dossier (the bytes are in the paper store). */
public interface PaperRecords {

    Mono<Void> add(UUID dossierId, PaperRef paper, boolean supplement);

    /** In the order they were received. */
    Flux<AttachedPaper> of(UUID dossierId);
}
