package vn.gov.dossier.intake.deskwork;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Set;
import java.util.UUID;
import reactor.core.publisher.Mono;
import vn.gov.dossier.contracts.DeskStepTaken;
import vn.gov.dossier.contracts.Topics;
import vn.gov.dossier.intake.status.StatusViews;
import vn.gov.dossier.platform.application.EventPublisher;
import vn.gov.dossier.platform.application.Transactions;

/** A desk's step for the citizen, checked against the dossier's status as intake knows it, then announced. */
public class TakingDeskSteps {

    /** The step, and the statuses that allow it. */
    public enum DeskStep {
        SUPPLEMENT(DeskStepTaken.SUPPLEMENT_PROVIDED, Set.of("AWAITING_SUPPLEMENT")),
        WITHDRAWAL(DeskStepTaken.WITHDRAWAL_REQUESTED, Set.of("RECEIVED", "ROUTED", "ROUTING_FAILED", "IN_PROCESSING", "AWAITING_SUPPLEMENT")),
        HANDOVER(DeskStepTaken.RESULT_HANDED_OVER, Set.of("RESULT_READY"));

        private final String event;
        private final Set<String> allowedIn;

        DeskStep(String event, Set<String> allowedIn) {
            this.event = event;
            this.allowedIn = allowedIn;
        }

        public Set<String> allowedIn() {
            return allowedIn;
        }
    }

    /**
     * Before routing the dossier is still the desk's own: a withdrawal then closes it here at once. Routing takes it
     * out of the manual-routing queue, and a case opened for it afterwards is closed at once by processing.
     */
    private static final Set<String> BEFORE_ROUTING = Set.of("RECEIVED", "ROUTING_FAILED");

    /** The dossier's status does not allow the step (answered 409). */
    public static class NotNow extends RuntimeException {

        private static final long serialVersionUID = 1L;
        private final String status;
        private final transient Set<String> allowedIn;

        NotNow(DeskStep step, String status) {
            super(step.name().toLowerCase(java.util.Locale.ROOT) + " is not possible while the dossier is " + status
                    + "; it is possible when the dossier is " + step.allowedIn);
            this.status = status;
            this.allowedIn = step.allowedIn;
        }

        public String status() {
            return status;
        }

        public Set<String> allowedIn() {
            return allowedIn;
        }
    }

    private final StatusViews views;
    private final EventPublisher events;
    private final Transactions transactions;
    private final Clock clock;

    public TakingDeskSteps(StatusViews views, EventPublisher events, Transactions transactions, Clock clock) {
        this.views = views;
        this.events = events;
        this.transactions = transactions;
        this.clock = clock;
    }

    /**
     * @param deskUnitCode the desk that acts (any desk); null for the desk that received the dossier
     * @return true once announced; empty when no dossier has that code
     */
    public Mono<Boolean> take(String code, DeskStep step, String deskUnitCode, String note, int documents) {
        return transactions.inTransaction(views.ref(code).flatMap(dossier -> {
            if (!step.allowedIn.contains(dossier.status())) {
                return Mono.error(new NotNow(step, dossier.status()));
            }
            String desk = deskUnitCode == null ? dossier.receivingUnitCode() : deskUnitCode;
            OffsetDateTime now = OffsetDateTime.now(clock);
            DeskStepTaken event = new DeskStepTaken(UUID.randomUUID(), dossier.id(), dossier.code(), now, step.event, desk, note, documents);
            String description = description(step, desk, note);
            Mono<Void> recorded = step == DeskStep.WITHDRAWAL && BEFORE_ROUTING.contains(dossier.status())
                    // Routing may have answered meanwhile: then the dossier is with an authority, whose case decides.
                    ? views.move(dossier.id(), BEFORE_ROUTING, "WITHDRAWN", now, description)
                            .flatMap(moved -> moved ? Mono.<Void>empty() : views.remember(dossier.id(), dossier.status(), now, description))
                    : views.remember(dossier.id(), dossier.status(), now, description);
            return events.publish(Topics.INTAKE, event).then(recorded).thenReturn(true);
        }));
    }

    private static String description(DeskStep step, String desk, String note) {
        String what = switch (step) {
            case SUPPLEMENT -> "Tiếp nhận hồ sơ bổ sung tại bộ phận một cửa " + desk;
            case WITHDRAWAL -> "Công dân yêu cầu rút hồ sơ tại bộ phận một cửa " + desk;
            case HANDOVER -> "Trả kết quả cho công dân tại bộ phận một cửa " + desk;
        };
        return note == null || note.isBlank() ? what : what + ": " + note;
    }
}
