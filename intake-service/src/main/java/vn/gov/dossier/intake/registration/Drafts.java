package vn.gov.dossier.intake.registration;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Where the dossiers citizens started online are kept until a desk files them. */
public interface Drafts {

    Mono<Void> add(Draft draft);

    Mono<Draft> byCode(String code);

    /** A citizen's drafts, newest first. */
    Flux<Draft> ofCitizen(String citizenId, int limit);

    /** Records the dossier a draft became. */
    Mono<Void> filed(String code, String dossierCode);
}
