/**
 * Retention: rows kept only to recognise a repeat (inbox entries, idempotency keys) or as a log (deliveries) are
 * deleted once they are older than a documented window, longer than any redelivery, by a background job.
 */
package vn.gov.dossier.platform.retention;
