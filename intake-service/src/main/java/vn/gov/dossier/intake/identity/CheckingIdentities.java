package vn.gov.dossier.intake.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import reactor.core.publisher.Mono;
import vn.gov.dossier.intake.registration.Dossier;
import vn.gov.dossier.intake.registration.IdentityCheckRequests;
import vn.gov.dossier.platform.outbound.OutboundWork;
import vn.gov.dossier.platform.outbound.Outcome;
import vn.gov.dossier.platform.outbound.WorkHandler;
import vn.gov.dossier.platform.outbound.WorkItem;
import vn.gov.dossier.platform.outbound.WorkPolicy;

/**
 * Asks the population database about the applicants of newly filed dossiers, as the platform's outbound work of kind
 * {@code identity-check}. A check that fails (the database down, its circuit breaker open) waits longer each time,
 * 30 s doubling to at most an hour, and is never given up: the dossier goes on meanwhile, and the desk and the
 * authority see the check as PENDING.
 */
public class CheckingIdentities implements WorkHandler, IdentityCheckRequests {

    public static final String KIND = "identity-check";

    /** What a check's work item carries: the applicant as the dossier names them, and who asked. */
    public record IdentityWork(UUID dossierId, String dossierCode, String idNumber, String fullName, LocalDate birthDate, String askedBy,
                               String askedUnit) {
    }

    private final IdentityChecks checks;
    private final PopulationRegistry registry;
    private final OutboundWork outbound;
    private final Clock clock;

    public CheckingIdentities(IdentityChecks checks, PopulationRegistry registry, OutboundWork outbound, Clock clock) {
        this.checks = checks;
        this.registry = registry;
        this.outbound = outbound;
        this.clock = clock;
    }

    @Override
    public Mono<Void> requested(Dossier dossier) {
        if (dossier.electronicIdentity()) {
            return Mono.empty();
        }
        IdentityWork work = new IdentityWork(dossier.id(), dossier.code(), dossier.applicant().idNumber(), dossier.applicant().fullName(),
                dossier.applicant().birthDate(), dossier.receivedBy(), dossier.receivingUnitCode());
        return outbound.enqueue(OutboundWork.NewWork.once(KIND, dossier.id().toString(), dossier.code(), dossier.receivingProvinceCode(), work));
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public WorkPolicy policy() {
        return WorkPolicy.retrying(Duration.ofSeconds(30), Duration.ofHours(1), 0);
    }

    @Override
    public boolean breakerOpen() {
        return registry.circuitOpen();
    }

    @Override
    public Mono<Outcome> handle(WorkItem item) {
        IdentityWork check = item.payload(IdentityWork.class);
        return registry.check(check.idNumber(), check.fullName(), check.birthDate(), check.askedBy(), check.askedUnit())
                .map(verdict -> Outcome.done(checks.checked(check.dossierId(), verdict, item.attempts() + 1, OffsetDateTime.now(clock))));
    }
}
