/**
 * Outbound work: everything a service asks of a system outside it (a notice, a refund, a record for a national
 * system) goes through one queue with one claim, one backoff rule, one give-up rule, one set of metrics and one
 * operations API. A service declares a {@link vn.gov.dossier.platform.outbound.WorkHandler} per kind and queues work
 * with {@link vn.gov.dossier.platform.outbound.OutboundWork#enqueue} in the transaction that decides it.
 */
package vn.gov.dossier.platform.outbound;
