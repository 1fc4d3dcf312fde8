/**
 * Fees paid online: a payment opened at the payment platform (behind a circuit breaker), confirmed only by the
 * platform's signed callback, applied once however often it calls back, and announced as {@code FeePaid}.
 */
package vn.gov.dossier.intake.payments;
