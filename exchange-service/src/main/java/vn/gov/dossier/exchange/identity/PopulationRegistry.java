package vn.gov.dossier.exchange.identity;

import java.time.LocalDate;
import reactor.core.publisher.Mono;

/** The national population database, as the identity check asks it. */
public interface PopulationRegistry {

    /** Its name in configuration: the population database's circuit breaker is {@code resilience4j.circuitbreaker.instances.population}. */
    String NAME = "population";

    /** What the database says of a person as the dossier names them. */
    enum Verdict {
        /** The number exists and the name (and birth date, where given) match it. */
        MATCHED,
        /** The number exists with another name or birth date. */
        MISMATCHED,
        /** No citizen has this number. */
        NOT_FOUND
    }

    /**
     * @param askedBy the officer whose filing asks (the database records who looked a citizen up)
     * @param askedUnit their unit
     */
    Mono<Verdict> check(String idNumber, String fullName, LocalDate birthDate, String askedBy, String askedUnit);
}
