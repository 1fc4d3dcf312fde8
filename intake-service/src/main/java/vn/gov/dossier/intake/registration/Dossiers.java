package vn.gov.dossier.intake.registration;

import java.util.UUID;
import reactor.core.publisher.Mono;

/** Where received dossiers are kept. */
public interface Dossiers {

    Mono<Void> add(Dossier dossier);

    Mono<Dossier> byId(UUID id);

    Mono<Dossier> byCode(String code);
}
