/**
 * Events in and out. Out: {@link vn.gov.dossier.platform.events.Outbox} writes the event in the caller's database
 * transaction and {@link vn.gov.dossier.platform.events.OutboxRelay} publishes it. In:
 * {@link vn.gov.dossier.platform.events.IncomingEvents} decodes the envelope, skips what the inbox has seen, and
 * applies the handler in one transaction with the inbox record.
 */
package vn.gov.dossier.platform.events;
