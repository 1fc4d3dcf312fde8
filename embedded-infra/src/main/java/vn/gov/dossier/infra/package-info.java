/**
 * Real infrastructure for tests and the local stack: Kafka's own KRaft broker and an embedded PostgreSQL
 * from Maven Central, or the same two as Testcontainers where a Docker engine is present. Nothing here is a mock.
 */
package vn.gov.dossier.infra;
