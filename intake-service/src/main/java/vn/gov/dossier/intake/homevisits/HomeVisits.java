package vn.gov.dossier.intake.homevisits;

import java.time.LocalDate;
import java.util.UUID;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The home visits intake keeps. */
public interface HomeVisits {

    Mono<Void> add(HomeVisit visit);

    Mono<HomeVisit> byId(UUID id);

    /** A commune's visits, the next scheduled first; {@code status} null for all. */
    Flux<HomeVisit> ofCommune(String communeCode, String status);

    /** @return false when the visit is no longer REQUESTED or SCHEDULED */
    Mono<Boolean> schedule(UUID id, LocalDate day, String shift, String assignedTo);

    /** @return false when it was filed already */
    Mono<Boolean> filed(UUID id, String dossierCode);
}
