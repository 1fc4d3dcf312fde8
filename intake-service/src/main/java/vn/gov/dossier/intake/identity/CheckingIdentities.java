package vn.gov.dossier.intake.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

/**
 * Asks the population database about the applicants of newly filed dossiers. A check that fails (the database down,
 * its circuit breaker open) waits longer each time, 30 s doubling to at most an hour, and is never given up: the
 * dossier goes on meanwhile, and the desk and the authority see the check as PENDING.
 */
public class CheckingIdentities {

    private static final Logger log = LoggerFactory.getLogger(CheckingIdentities.class);
    private static final int BATCH = 20;
    private static final Duration LEASE = Duration.ofMinutes(2);

    private final IdentityChecks checks;
    private final PopulationRegistry registry;
    private final Clock clock;

    public CheckingIdentities(IdentityChecks checks, PopulationRegistry registry, Clock clock) {
        this.checks = checks;
        this.registry = registry;
        this.clock = clock;
    }

    /** Checks the due ones; the number checked. */
    public Mono<Long> checkDue() {
        OffsetDateTime now = OffsetDateTime.now(clock);
        return checks.claimDue(now, now.plus(LEASE), BATCH)
                .concatMap(check -> registry.check(check.idNumber(), check.fullName(), check.birthDate(), check.askedBy(), check.askedUnit())
                        .flatMap(verdict -> checks.checked(check.dossierId(), verdict, OffsetDateTime.now(clock)).thenReturn(1L))
                        .onErrorResume(error -> {
                            long wait = Math.min(3600, 30L << Math.min(check.attempts(), 7));
                            log.warn("identity check of dossier {} failed (try {}), next in {} s: {}", check.dossierCode(), check.attempts() + 1,
                                    wait, error.toString());
                            return checks.failed(check.dossierId(), String.valueOf(error.getMessage()), OffsetDateTime.now(clock).plusSeconds(wait))
                                    .thenReturn(0L);
                        }))
                .reduce(0L, Long::sum);
    }
}
