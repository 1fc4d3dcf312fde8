/**
 * Ports that application code (use cases) may depend on without importing Spring, R2DBC or Kafka: a unit of work
 * and an event publisher. The platform's adapters implement them with R2DBC transactions and the outbox.
 */
package vn.gov.dossier.platform.application;
