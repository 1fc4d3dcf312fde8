package vn.gov.dossier.reporting.indicators;

import java.time.OffsetDateTime;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import vn.gov.dossier.contracts.CaseStepTaken;
import vn.gov.dossier.contracts.DeskStepTaken;
import vn.gov.dossier.contracts.DossierRouted;
import vn.gov.dossier.contracts.FeePaid;
import vn.gov.dossier.contracts.DossierSubmitted;
import vn.gov.dossier.contracts.RoutingFailed;

/**
 * The per-dossier facts and the counts over them. Every projection is idempotent and order-tolerant: applying an
 * event twice, or events in any order across topics, leaves the same facts.
 */
public interface Facts {

    Mono<Void> submitted(DossierSubmitted event);

    Mono<Void> routed(DossierRouted event);

    /** Online filings helped on one day at one commune by helpers doing one thing. */
    record Helped(java.time.LocalDate day, String communeCode, String helperRole, long helped) {
    }

    Flux<Helped> helped(Scope scope, OffsetDateTime from, OffsetDateTime to);

    /**
     * Measures the working time from receipt to decision of a dossier once both are known and it is not measured yet
     * (the events may come in either order).
     */
    Mono<Void> measureDecision(java.util.UUID dossierId, java.util.function.ToLongBiFunction<OffsetDateTime, OffsetDateTime> workingMinutes);

    /** The fee was paid online. */
    Mono<Void> feePaid(FeePaid event);

    Mono<Void> routingFailed(RoutingFailed event);

    Mono<Void> stepTaken(CaseStepTaken event);

    /** The citizen withdrew the dossier at a desk; the earliest withdrawal known counts, once. */
    Mono<Void> withdrawnAtDesk(DeskStepTaken event);

    /** How the result reached the citizen (a handover at a desk, by post, or online). */
    Mono<Void> resultHandedOver(DeskStepTaken event);

    /**
     * The counts of the scope for the period [{@code from}, {@code to}), one per unit of {@code by} (the unit's code
     * in {@link Counts#unit()}; one row with an empty code for {@link Breakdown#NONE}). {@code asOf} bounds "overdue"
     * for a period that has not ended.
     */
    Flux<Counts> count(Scope scope, Breakdown by, OffsetDateTime from, OffsetDateTime to, OffsetDateTime asOf);
}
