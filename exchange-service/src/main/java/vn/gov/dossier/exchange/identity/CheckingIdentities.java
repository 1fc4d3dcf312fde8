package vn.gov.dossier.exchange.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import reactor.core.publisher.Mono;
import vn.gov.dossier.contracts.DossierSubmitted;
import vn.gov.dossier.contracts.Event;
import vn.gov.dossier.contracts.IdentityChecked;
import vn.gov.dossier.contracts.Topics;
import vn.gov.dossier.exchange.dossier.DossierChanged;
import vn.gov.dossier.exchange.dossier.DossierRecords;
import vn.gov.dossier.platform.application.EventPublisher;
import vn.gov.dossier.platform.outbound.OutboundWork;
import vn.gov.dossier.platform.outbound.Outcome;
import vn.gov.dossier.platform.outbound.WorkHandler;
import vn.gov.dossier.platform.outbound.WorkItem;
import vn.gov.dossier.platform.outbound.WorkKind;
import vn.gov.dossier.platform.outbound.WorkPolicy;

/**
 * Asks the population database about the applicant of each dossier filed without VNeID, as the platform's outbound
 * work of kind {@code identity-check}, queued when the submission is heard. A check that fails (the database down, its
 * circuit breaker open) waits longer each time, 30 s doubling to at most an hour, and is never given up: the dossier
 * goes on meanwhile, and the desk and the authority see the check as PENDING. The answer goes out as
 * {@link IdentityChecked}.
 */
public class CheckingIdentities implements WorkHandler, DossierChanged {

    public static final String KIND = "identity-check";

    /** What a check's work item carries: the applicant as the dossier names them, and who asked. */
    public record IdentityWork(UUID dossierId, String dossierCode, String idNumber, String fullName, LocalDate birthDate, String askedBy,
                               String askedUnit) {
    }

    private final IdentityChecks checks;
    private final PopulationRegistry registry;
    private final OutboundWork outbound;
    private final EventPublisher events;
    private final Clock clock;

    public CheckingIdentities(IdentityChecks checks, PopulationRegistry registry, OutboundWork outbound, EventPublisher events, Clock clock) {
        this.checks = checks;
        this.registry = registry;
        this.outbound = outbound;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public Mono<Void> changed(DossierRecords.Change change, Event cause) {
        if (!(cause instanceof DossierSubmitted submitted)) {
            return Mono.empty();
        }
        boolean electronicIdentity = Boolean.TRUE.equals(submitted.electronicIdentity());
        String askedBy = submitted.by() == null ? null : submitted.by().name();
        return checks.requested(submitted.dossierId(), electronicIdentity, askedBy, submitted.receivingUnitCode(), submitted.occurredAt())
                .filter(recorded -> recorded && !electronicIdentity && submitted.applicant() != null)
                .flatMap(recorded -> outbound.enqueue(OutboundWork.NewWork.once(KIND, submitted.dossierId().toString(), submitted.dossierCode(),
                        submitted.receivingProvinceCode(), new IdentityWork(submitted.dossierId(), submitted.dossierCode(),
                                submitted.applicant().idNumber(), submitted.applicant().fullName(), submitted.applicant().birthDate(), askedBy,
                                submitted.receivingUnitCode()))));
    }

    @Override
    public WorkKind kind() {
        return new WorkKind(KIND, WorkPolicy.retrying(Duration.ofSeconds(30), Duration.ofHours(1), 0), PopulationRegistry.NAME);
    }

    @Override
    public Mono<Outcome> handle(WorkItem item) {
        IdentityWork check = item.payload(IdentityWork.class);
        return registry.check(check.idNumber(), check.fullName(), check.birthDate(), check.askedBy(), check.askedUnit())
                .map(verdict -> {
                    OffsetDateTime now = OffsetDateTime.now(clock);
                    return Outcome.done(checks.checked(check.dossierId(), verdict, item.attempts() + 1, now)
                            .then(events.publish(Topics.EXCHANGE, new IdentityChecked(UUID.randomUUID(), check.dossierId(), check.dossierCode(), now,
                                    verdict.name(), check.askedBy(), check.askedUnit()))));
                });
    }
}
