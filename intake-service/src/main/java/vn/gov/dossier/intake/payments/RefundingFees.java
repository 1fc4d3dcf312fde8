package vn.gov.dossier.intake.payments;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.UUID;
import reactor.core.publisher.Mono;
import vn.gov.dossier.platform.outbound.OutboundWork;
import vn.gov.dossier.platform.outbound.Outcome;
import vn.gov.dossier.platform.outbound.WorkHandler;
import vn.gov.dossier.platform.outbound.WorkItem;
import vn.gov.dossier.platform.outbound.WorkKind;
import vn.gov.dossier.platform.outbound.WorkPolicy;

/**
 * Refunds, as the platform's outbound work of kind {@code refund}: queued with the payment's move to REFUND_PENDING,
 * sent to the payment platform (which knows the payment's reference as the refund's idempotency key), REFUNDED when it
 * confirms. A refund is owed to a citizen: it is never given up, only waited for longer (a minute doubling to an hour).
 */
public class RefundingFees implements WorkHandler {

    public static final String KIND = "refund";

    /** What a refund's work item carries. */
    public record RefundWork(UUID paymentId, String dossierCode, long amountVnd) {
    }

    private final PaymentPlatform platform;
    private final Payments payments;
    private final OutboundWork outbound;
    private final Clock clock;

    public RefundingFees(PaymentPlatform platform, Payments payments, OutboundWork outbound, Clock clock) {
        this.platform = platform;
        this.payments = payments;
        this.outbound = outbound;
        this.clock = clock;
    }

    /** Queues the refund of a payment now REFUND_PENDING, in the caller's transaction. */
    public Mono<Void> queue(Payment payment, String provinceCode) {
        return outbound.enqueue(OutboundWork.NewWork.once(KIND, payment.id().toString(), payment.dossierCode(), provinceCode,
                new RefundWork(payment.id(), payment.dossierCode(), payment.amountVnd())));
    }

    @Override
    public WorkKind kind() {
        return new WorkKind(KIND, WorkPolicy.retrying(Duration.ofMinutes(1), Duration.ofHours(1), 0), PaymentPlatform.NAME);
    }

    @Override
    public Mono<Outcome> handle(WorkItem item) {
        RefundWork refund = item.payload(RefundWork.class);
        return platform.refund(refund.paymentId(), refund.amountVnd())
                .then(Mono.fromSupplier(() -> Outcome.done(payments.refunded(refund.paymentId(), OffsetDateTime.now(clock)))));
    }
}
