package vn.gov.dossier.routing.decision;

import java.time.Clock;
import java.time.OffsetDateTime;
import reactor.core.publisher.Mono;
import vn.gov.dossier.contracts.Actor;
import vn.gov.dossier.contracts.VietnamTime;
import vn.gov.dossier.platform.application.Officer;
import vn.gov.dossier.platform.application.Role;
import vn.gov.dossier.platform.application.Transactions;

/** An administrator routes a dossier from the manual-routing queue to an authority of their choosing. */
public class AssigningAuthority {

    /** Why an assignment could not be made. */
    public enum Refusal { NOT_WAITING, UNKNOWN_AUTHORITY, ALREADY_ASSIGNED }

    /** Thrown with the reason an assignment was refused. */
    public static class Refused extends RuntimeException {

        private static final long serialVersionUID = 1L;
        private final Refusal refusal;

        public Refused(Refusal refusal, String message) {
            super(message);
            this.refusal = refusal;
        }

        public Refusal refusal() {
            return refusal;
        }
    }

    private final CompetenceRules rules;
    private final RoutingDecisions decisions;
    private final RoutingDossier routing;
    private final Transactions transactions;
    private final Clock clock;

    public AssigningAuthority(CompetenceRules rules, RoutingDecisions decisions, RoutingDossier routing, Transactions transactions, Clock clock) {
        this.rules = rules;
        this.decisions = decisions;
        this.routing = routing;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** @param administrator who assigns it, recorded with the decision's event */
    public Mono<Void> assign(String dossierCode, String authorityId, Officer administrator) {
        return transactions.inTransaction(decisions.awaitingManualRouting(dossierCode)
                .switchIfEmpty(Mono.error(() -> new Refused(Refusal.NOT_WAITING, "Dossier " + dossierCode + " is not waiting for manual routing.")))
                .flatMap(submitted -> {
                    RoutingOutcome.Routed routed = rules.assigned(authorityId, submitted.receivingUnitCode(),
                            VietnamTime.of(submitted.receivedAt()).toLocalDate())
                            .orElseThrow(() -> new Refused(Refusal.UNKNOWN_AUTHORITY, "No authority has the id " + authorityId + "."));
                    return decisions.leaveManualRouting(submitted.dossierId())
                            .flatMap(left -> left ? routing.record(submitted, routed, OffsetDateTime.now(clock),
                                    new Actor(administrator.name(), administrator.unit(), Role.ADMIN.name()))
                                    : Mono.error(new Refused(Refusal.ALREADY_ASSIGNED, "Dossier " + dossierCode + " was assigned meanwhile.")));
                }));
    }
}
