package vn.gov.dossier.intake.registration;

import java.util.List;
import java.util.UUID;
import vn.gov.dossier.contracts.PaperRef;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Where received dossiers are kept. */
public interface Dossiers {

    /** Adds a received dossier with the papers received with it (already in the paper store). */
    Mono<Void> add(Dossier dossier, List<PaperRef> papers);

    Mono<Dossier> byId(UUID id);

    Mono<Dossier> byCode(String code);

    /** The dossiers of which this citizen is the applicant, newest first, wherever they were filed. */
    Flux<Dossier> ofApplicant(String idNumber, int limit);
}
