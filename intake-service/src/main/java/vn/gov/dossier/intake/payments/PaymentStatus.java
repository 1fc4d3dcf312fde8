package vn.gov.dossier.intake.payments;

/** Where a payment stands. */
public enum PaymentStatus {
    /** Opened at the platform; the citizen has not paid yet (or abandoned it: a new payment may be opened). */
    PENDING,
    /** The platform's signed callback confirmed it. */
    PAID,
    /** The platform refused it, or could not be reached to open it: visible, and a new payment may be opened. */
    FAILED,
    /** The citizen cancelled it at the platform. */
    CANCELLED,
    /** Paid, and to be refunded: the dossier was rejected and its procedure refunds the fee then. */
    REFUND_PENDING,
    /** Refunded by the platform. */
    REFUNDED
}
