package vn.gov.dossier.processing.result;

import java.util.UUID;
import reactor.core.publisher.Mono;
import vn.gov.dossier.contracts.PaperRef;

/** The signed result of each case, by reference (the bytes are in the paper store). */
public interface CaseResults {

    Mono<Void> keep(UUID dossierId, PaperRef result);

    Mono<PaperRef> of(UUID dossierId);
}
