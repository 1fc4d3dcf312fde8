package vn.gov.dossier.routing.decision;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.UUID;
import reactor.core.publisher.Mono;
import vn.gov.dossier.contracts.Actor;
import vn.gov.dossier.contracts.DossierRouted;
import vn.gov.dossier.contracts.DossierSubmitted;
import vn.gov.dossier.contracts.RoutingFailed;
import vn.gov.dossier.contracts.Topics;
import vn.gov.dossier.contracts.VietnamTime;
import vn.gov.dossier.platform.application.EventPublisher;

/** Routes a submitted dossier: decide, record, announce (in the consumer's transaction). */
public class RoutingDossier {

    private final CompetenceRules rules;
    private final RoutingDecisions decisions;
    private final EventPublisher events;
    private final RoutingMetrics metrics;
    private final Clock clock;

    public RoutingDossier(CompetenceRules rules, RoutingDecisions decisions, EventPublisher events, RoutingMetrics metrics, Clock clock) {
        this.rules = rules;
        this.decisions = decisions;
        this.events = events;
        this.metrics = metrics;
        this.clock = clock;
    }

    public Mono<Void> route(DossierSubmitted submitted) {
        return Mono.defer(() -> {
            long started = System.nanoTime();
            RoutingOutcome outcome = rules.decide(new RoutingRequest(submitted.procedureCode(), submitted.receivingUnitCode(),
                    submitted.residenceUnitCode(), submitted.subjectUnitCode(), VietnamTime.of(submitted.receivedAt()).toLocalDate()));
            metrics.decided(outcome, submitted.channel(), System.nanoTime() - started);
            OffsetDateTime now = OffsetDateTime.now(clock);
            if (outcome instanceof RoutingOutcome.Routed routed) {
                return record(submitted, routed, now, null);
            }
            String reason = ((RoutingOutcome.Unroutable) outcome).reason();
            RoutingFailed event = new RoutingFailed(UUID.randomUUID(), submitted.dossierId(), submitted.dossierCode(), now,
                    submitted.procedureCode(), submitted.receivingUnitCode(), reason);
            return decisions.queueForManualRouting(submitted, reason).then(events.publish(Topics.ROUTING, event));
        });
    }

    /**
     * Records a decision and announces it: the same for a rule's decision and a person's assignment.
     *
     * @param by the administrator who assigned it by hand; null for the rules' decision
     */
    Mono<Void> record(DossierSubmitted submitted, RoutingOutcome.Routed routed, OffsetDateTime now, Actor by) {
        RoutingDecision decision = new RoutingDecision(submitted.dossierCode(), routed.authority().ref(), routed.rule(),
                routed.crossBoundary(), routed.interProvincial(), now);
        DossierRouted event = new DossierRouted(UUID.randomUUID(), submitted.dossierId(), submitted.dossierCode(), now,
                submitted.procedureCode(), submitted.receivingUnitCode(), submitted.receivingProvinceCode(), submitted.channel(),
                submitted.receivedAt(), submitted.dueAt(), decision.authority(), decision.rule(), decision.crossBoundary(),
                decision.interProvincial(), by);
        return decisions.record(submitted.dossierId(), decision).then(events.publish(Topics.ROUTING, event));
    }
}
