/**
 * Results by post: when the authority makes the result ready and the citizen chose the post, a dispatch is recorded
 * with the dossier (in the same transaction as the status), handed to the postal service by a dispatcher that retries
 * with backoff behind a circuit breaker, then tracked until the postal service says it was delivered, which hands the
 * result over (the dossier ends RETURNED, as at a desk). A dispatch that keeps failing is FAILED, listed, and can be
 * retried by the desk or operations.
 */
package vn.gov.dossier.intake.postal;
