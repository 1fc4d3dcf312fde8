package vn.gov.dossier.intake.payments;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import vn.gov.dossier.contracts.CaseStep;
import vn.gov.dossier.contracts.CaseStepTaken;
import vn.gov.dossier.contracts.DossierStatus;
import vn.gov.dossier.contracts.FeePaid;
import vn.gov.dossier.contracts.Topics;
import vn.gov.dossier.contracts.VietnamTime;
import vn.gov.dossier.intake.HistoryNotes;
import vn.gov.dossier.intake.registration.Dossier;
import vn.gov.dossier.intake.registration.Dossiers;
import vn.gov.dossier.intake.status.StatusViews;
import vn.gov.dossier.platform.application.EventPublisher;
import vn.gov.dossier.platform.application.Transactions;

/**
 * A dossier's fee paid through the payment platform. A payment is opened (stored first, then opened at the platform);
 * only the platform's signed callback makes it PAID, once, announced by {@link FeePaid} in the same transaction. A
 * failed, cancelled or abandoned payment stays visible and a new one may be opened.
 */
public class PayingFees {

    private static final Logger log = LoggerFactory.getLogger(PayingFees.class);

    /** Nothing to pay: the procedure has no fee. */
    public static class NoFee extends RuntimeException {
        NoFee(String code) {
            super("Dossier " + code + " has no fee to pay.");
        }
    }

    /** Paid already. */
    public static class AlreadyPaid extends RuntimeException {
        AlreadyPaid(String code) {
            super("The fee of dossier " + code + " is paid already.");
        }
    }

    /** The platform could not open the payment: the payment is FAILED and visible, and the fee can be paid at the desk. */
    public static class PlatformUnavailable extends RuntimeException {
        PlatformUnavailable(Throwable cause) {
            super("The payment platform cannot be reached now; try again shortly, or pay at the desk.", cause);
        }
    }

    /** A callback that does not fit the payment it names (unknown payment, another amount). */
    public static class UnknownPayment extends RuntimeException {
        UnknownPayment(String message) {
            super(message);
        }
    }

    /**
     * What the platform's callback says.
     *
     * @param status PAID, FAILED or CANCELLED
     */
    public record Outcome(UUID paymentId, String status, long amountVnd, String transactionId, OffsetDateTime paidAt, String reason) {
    }

    /** A dossier's fee counts as paid once a payment is in one of these. */
    private static final java.util.Set<PaymentStatus> PAID_OR_REFUNDED = java.util.EnumSet.of(PaymentStatus.PAID, PaymentStatus.REFUND_PENDING,
            PaymentStatus.REFUNDED);

    private final Payments payments;
    private final Dossiers dossiers;
    private final PaymentPlatform platform;
    private final RefundingFees refunds;
    private final StatusViews views;
    private final EventPublisher events;
    private final Transactions transactions;
    private final String returnBaseUrl;
    private final java.util.Set<String> refundedOnRejection;
    private final Clock clock;

    /**
     * @param returnBaseUrl where the citizen returns after paying: the look-up page's base address
     * @param refundedOnRejection the procedures whose fee is refunded when the dossier is rejected
     */
    public PayingFees(Payments payments, Dossiers dossiers, PaymentPlatform platform, RefundingFees refunds, StatusViews views, EventPublisher events,
                      Transactions transactions, String returnBaseUrl, java.util.Set<String> refundedOnRejection, Clock clock) {
        this.refunds = refunds;
        this.payments = payments;
        this.dossiers = dossiers;
        this.platform = platform;
        this.views = views;
        this.events = events;
        this.transactions = transactions;
        this.returnBaseUrl = returnBaseUrl;
        this.refundedOnRejection = java.util.Set.copyOf(refundedOnRejection);
        this.clock = clock;
    }

    /** Opens a payment of the dossier's fee, requested by this person (a citizen online, a clerk at a desk). */
    public Mono<Payment> open(Dossier dossier, String requestedBy) {
        long fee = dossier.feeVnd() == null ? 0 : dossier.feeVnd();
        if (fee <= 0) {
            return Mono.error(new NoFee(dossier.code()));
        }
        return payments.ofDossier(dossier.id()).any(payment -> PAID_OR_REFUNDED.contains(payment.status())).flatMap(paid -> {
            if (paid) {
                return Mono.error(new AlreadyPaid(dossier.code()));
            }
            OffsetDateTime now = now();
            Payment pending = new Payment(UUID.randomUUID(), dossier.id(), dossier.code(), fee, PaymentStatus.PENDING, null, null, requestedBy,
                    now, now, null, null);
            String description = "Phí, lệ phí hồ sơ " + dossier.code();
            return payments.add(pending)
                    .then(platform.open(pending.id(), dossier.code(), fee, description, returnBaseUrl + "/tra-cuu/" + dossier.code()))
                    .flatMap(checkout -> payments.opened(pending.id(), checkout, now()).then(payments.byId(pending.id())))
                    .onErrorResume(error -> !(error instanceof AlreadyPaid), error -> {
                        log.warn("payment {} of dossier {} could not be opened: {}", pending.id(), dossier.code(), error.toString());
                        return payments.ended(pending.id(), PaymentStatus.FAILED, "the payment platform could not be reached", now())
                                .then(Mono.error(new PlatformUnavailable(error)));
                    });
        });
    }

    public Flux<Payment> of(Dossier dossier) {
        return payments.ofDossier(dossier.id());
    }

    /**
     * Applies the platform's (already verified) callback. PAID: the payment is paid and {@link FeePaid} published, in one
     * transaction, the first time only; a repeated callback changes nothing.
     *
     * @return the payment as it stands
     */
    public Mono<Payment> callback(Outcome outcome) {
        return payments.byId(outcome.paymentId())
                .switchIfEmpty(Mono.error(() -> new UnknownPayment("No payment has the id " + outcome.paymentId() + ".")))
                .flatMap(payment -> {
                    if (payment.amountVnd() != outcome.amountVnd()) {
                        return Mono.error(new UnknownPayment("Payment " + payment.id() + " is of " + payment.amountVnd() + " đồng, not "
                                + outcome.amountVnd() + "."));
                    }
                    OffsetDateTime now = now();
                    Mono<Boolean> applied = switch (outcome.status()) {
                        case "PAID" -> transactions.inTransaction(payments.paid(payment.id(), outcome.transactionId(),
                                outcome.paidAt() == null ? now : outcome.paidAt(), now).flatMap(status -> status == PaymentStatus.PAID
                                ? announce(payment, outcome, now) : paidTwice(payment, outcome, now)));
                        case "FAILED", "CANCELLED" -> payments.ended(payment.id(), PaymentStatus.valueOf(outcome.status()), outcome.reason(), now);
                        default -> Mono.error(new UnknownPayment("A payment's status is PAID, FAILED or CANCELLED, not " + outcome.status() + "."));
                    };
                    return applied.then(payments.byId(payment.id()));
                });
    }

    /** The dossier's fee was paid already by another payment: this one goes back to the citizen. */
    private Mono<Boolean> paidTwice(Payment payment, Outcome outcome, OffsetDateTime now) {
        log.warn("fee of dossier {} paid twice; payment {} is refunded", payment.dossierCode(), payment.id());
        return views.ref(payment.dossierCode())
                .flatMap(dossier -> dossiers.remember(dossier.id(), dossier.status(), now, HistoryNotes.paidTwice(payment.amountVnd(),
                        outcome.transactionId())))
                .then(dossiers.byCode(payment.dossierCode()))
                .flatMap(dossier -> refunds.queue(payment, dossier.receivingProvinceCode()))
                .thenReturn(false);
    }

    private Mono<Boolean> announce(Payment payment, Outcome outcome, OffsetDateTime now) {
        OffsetDateTime paidAt = VietnamTime.of(outcome.paidAt() == null ? now : outcome.paidAt());
        FeePaid event = new FeePaid(UUID.randomUUID(), payment.dossierId(), payment.dossierCode(), now, payment.amountVnd(), payment.id(),
                outcome.transactionId(), paidAt);
        log.info("fee of dossier {} paid online ({} đồng)", payment.dossierCode(), payment.amountVnd());
        return views.ref(payment.dossierCode())
                .flatMap(dossier -> dossiers.remember(dossier.id(), dossier.status(), now, HistoryNotes.paidOnline(payment.amountVnd(),
                        outcome.transactionId())))
                .then(events.publish(Topics.INTAKE, event))
                .thenReturn(true);
    }

    /**
     * The authority rejected a dossier: where its procedure refunds the fee then, a fee paid online is to be refunded (in
     * the consumer's transaction); {@link RefundingFees} sends it.
     */
    public Mono<Void> stepTaken(CaseStepTaken event) {
        if (event.step() != CaseStep.DECIDE || event.status() != DossierStatus.REJECTED) {
            return Mono.empty();
        }
        return dossiers.byCode(event.dossierCode())
                .filter(dossier -> refundedOnRejection.contains(dossier.procedureCode()))
                .flatMap(dossier -> payments.refundDue(dossier.id(), now()).flatMap(payment -> refunds.queue(payment, dossier.receivingProvinceCode())
                        .thenReturn(payment)))
                .flatMap(due -> views.ref(event.dossierCode()).flatMap(dossier -> dossiers.remember(dossier.id(), dossier.status(), now(),
                        HistoryNotes.refundOnRejection())))
                .then();
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).atZoneSameInstant(VietnamTime.ZONE).toOffsetDateTime();
    }
}
