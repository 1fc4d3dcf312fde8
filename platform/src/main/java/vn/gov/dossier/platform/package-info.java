/**
 * What every service does the same way, written once: the CloudEvents envelope on Kafka headers, the
 * transactional outbox and its relay, the inbox that makes consumers idempotent, problem+json errors, and the
 * names of shared metrics. Services depend on it; none copies it.
 */
package vn.gov.dossier.platform;
