package vn.gov.dossier.intake.deskwork;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import vn.gov.dossier.contracts.Actor;
import vn.gov.dossier.contracts.DeskStep;
import vn.gov.dossier.contracts.DeskStepTaken;
import vn.gov.dossier.contracts.DossierStatus;
import vn.gov.dossier.contracts.PaperRef;
import vn.gov.dossier.contracts.ResultDelivery;
import vn.gov.dossier.contracts.Topics;
import vn.gov.dossier.intake.HistoryNotes;
import vn.gov.dossier.intake.papers.PaperRecords;
import vn.gov.dossier.intake.registration.Dossiers;
import vn.gov.dossier.intake.registration.Violation;
import vn.gov.dossier.intake.status.StatusViews;
import vn.gov.dossier.platform.application.EventPublisher;
import vn.gov.dossier.platform.application.HistoryNote;
import vn.gov.dossier.platform.application.Role;
import vn.gov.dossier.platform.application.StoringPapers;
import vn.gov.dossier.platform.application.Transactions;
import vn.gov.dossier.platform.papers.StagedPaper;

/**
 * A desk's step for the citizen: its fields checked (each bad one named), then checked against the dossier's status
 * as intake knows it (by the one rule in {@link DeskStep}), then announced. The authority's case may have moved on meanwhile: then processing refuses the step
 * and says so ({@code DeskStepRefused}), and the history shows it.
 */
public class TakingDeskSteps {

    /** The dossier's status does not allow the step (answered 409). */
    public static class NotNow extends RuntimeException {

        private static final long serialVersionUID = 1L;
        private final DossierStatus status;
        private final transient Set<DossierStatus> allowedIn;

        NotNow(DeskStep step, DossierStatus status) {
            super(step + " is not possible while the dossier is " + status + "; it is possible when the dossier is " + step.allowedIn());
            this.status = status;
            this.allowedIn = step.allowedIn();
        }

        public DossierStatus status() {
            return status;
        }

        public Set<DossierStatus> allowedIn() {
            return allowedIn;
        }
    }

    /** Who the history names when the post delivers a result (no officer acted). */
    private static final String POST_OFFICE = "Bưu điện";
    /** Who the history names when the citizen downloads an online result. */
    private static final String CITIZEN_ONLINE = "Công dân (trực tuyến)";

    private final DeskRequestValidation validation;
    private final Dossiers dossiers;
    private final StatusViews views;
    private final EventPublisher events;
    private final Transactions transactions;
    private final PaperRecords papers;
    private final StoringPapers storingPapers;
    private final Clock clock;

    /** @param communeInForce whether a code names a commune on today's map (the desk that acts must be one) */
    public TakingDeskSteps(Predicate<String> communeInForce, Dossiers dossiers, StatusViews views, EventPublisher events, Transactions transactions,
                           PaperRecords papers, StoringPapers storingPapers, Clock clock) {
        this.validation = new DeskRequestValidation(communeInForce);
        this.dossiers = dossiers;
        this.views = views;
        this.events = events;
        this.transactions = transactions;
        this.papers = papers;
        this.storingPapers = storingPapers;
        this.clock = clock;
    }

    /**
     * @return true once announced; empty when no dossier has that code; {@link InvalidDeskRequest} naming every bad
     *         field; {@link NotNow} when the dossier's status does not allow the step
     */
    public Mono<Boolean> take(String code, DeskRequest request, String clerkName) {
        return take(code, request, clerkName, List.of());
    }

    /** @param staged the scans a supplement brings, checked: stored first, taken back from the store if the step fails */
    public Mono<Boolean> take(String code, DeskRequest request, String clerkName, List<StagedPaper> staged) {
        return Mono.defer(() -> {
            List<Violation> invalid = validation.check(request);
            return invalid.isEmpty() ? storingPapers.store(staged, announced(code, request, clerkName, staged, ResultDelivery.AT_DESK, Role.CLERK, null))
                    : Mono.error(new InvalidDeskRequest(invalid));
        });
    }

    /**
     * The postal service delivered the result: handed over, as at a desk, on behalf of the desk that received the
     * dossier (the event says it went by post, with the tracking number).
     */
    public Mono<Boolean> handedOverByPost(String code, String receivingUnitCode, String trackingNumber) {
        DeskRequest request = new DeskRequest(DeskStep.RESULT_HANDED_OVER, receivingUnitCode,
                "Bưu điện đã phát kết quả, số hiệu " + trackingNumber, List.of());
        return announced(code, request, POST_OFFICE, List.of(), ResultDelivery.POST, null, HistoryNotes.deliveredByPost(receivingUnitCode, trackingNumber));
    }

    /** The citizen downloaded the signed result of a dossier whose result goes online: handed over, electronically. */
    public Mono<Boolean> handedOverOnline(String code, String receivingUnitCode) {
        DeskRequest request = new DeskRequest(DeskStep.RESULT_HANDED_OVER, receivingUnitCode, "Công dân đã tải kết quả điện tử", List.of());
        return announced(code, request, CITIZEN_ONLINE, List.of(), ResultDelivery.ONLINE, null, HistoryNotes.downloadedOnline(receivingUnitCode));
    }

    /**
     * The citizen withdraws their own dossier online, signed in with their electronic identity: recorded as theirs, on
     * behalf of the desk that received it.
     */
    public Mono<Boolean> withdrawnOnline(String code, String receivingUnitCode, String reason, String citizenName) {
        DeskRequest request = new DeskRequest(DeskStep.WITHDRAWAL_REQUESTED, receivingUnitCode, reason, List.of());
        return Mono.defer(() -> {
            List<Violation> invalid = validation.check(request);
            return invalid.isEmpty() ? announced(code, request, citizenName, List.of(), ResultDelivery.ONLINE, Role.CITIZEN, null)
                    : Mono.error(new InvalidDeskRequest(invalid));
        });
    }

    /** @param handedOverBy how a handover reached the citizen: AT_DESK by the clerk, POST by the postal service (no officer) */
    /** @param actingAs the role of the person who acted (a clerk at a desk, a citizen online); null when no officer acted */
    /** @param line the history's line for a step no officer took (a delivery by post, a download); null: the desk step's own */
    private Mono<Boolean> announced(String code, DeskRequest request, String clerkName, List<StagedPaper> staged, ResultDelivery handedOverBy,
                                    Role actingAs, HistoryNote line) {
        DeskStep step = request.step();
        String note = request.description();
        return transactions.inTransaction(views.ref(code).flatMap(dossier -> {
            if (!step.allowedIn(dossier.status())) {
                return Mono.error(new NotNow(step, dossier.status()));
            }
            String desk = request.deskUnitCode() == null ? dossier.receivingUnitCode() : request.deskUnitCode();
            OffsetDateTime now = OffsetDateTime.now(clock);
            // In the order the desk listed them, whatever the order the files were uploaded in.
            List<PaperRef> brought = request.documents().stream().filter(document -> document.file() != null).map(document -> {
                StagedPaper paper = staged.stream().filter(uploaded -> uploaded.declared().file().equals(document.file())).findFirst()
                        .orElseThrow();
                return new PaperRef(UUID.randomUUID(), document.title(), document.requirement(), paper.sha256(), paper.size(),
                        paper.mediaType(), now, desk, clerkName);
            }).toList();
            DeskStepTaken event = new DeskStepTaken(UUID.randomUUID(), dossier.id(), dossier.code(), now, step, desk, note,
                    request.documents().size(), actingAs == null ? null : new Actor(clerkName, actingAs == Role.CITIZEN ? null : desk, actingAs.name()),
                    brought, step == DeskStep.RESULT_HANDED_OVER ? handedOverBy : null);
            HistoryNote description = line != null ? line : HistoryNotes.deskStep(step, desk, clerkName, note);
            // Before routing the dossier is still the desk's own: a withdrawal closes it here at once. Routing takes it
            // out of the manual-routing queue, and a case opened for it afterwards is closed at once by processing.
            Mono<Void> recorded = step == DeskStep.WITHDRAWAL_REQUESTED && DossierStatus.BEFORE_ROUTING.contains(dossier.status())
                    // Routing may have answered meanwhile: then the dossier is with an authority, whose case decides.
                    ? dossiers.move(dossier.id(), DossierStatus.BEFORE_ROUTING, DossierStatus.WITHDRAWN, now, description)
                            .flatMap(moved -> moved ? Mono.<Void>empty() : dossiers.remember(dossier.id(), dossier.status(), now, description))
                    : dossiers.remember(dossier.id(), dossier.status(), now, description);
            return Flux.fromIterable(brought).concatMap(paper -> papers.add(dossier.id(), paper, true))
                    .then(events.publish(Topics.INTAKE, event)).then(recorded).thenReturn(true);
        }));
    }
}
