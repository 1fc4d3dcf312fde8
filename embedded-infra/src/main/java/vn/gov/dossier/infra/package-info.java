/**
 * Real infrastructure for the local stack and the tests: Kafka's own KRaft broker (the Kafka jars from Maven
 * Central, run in this JVM, its log in a folder of ours) and an embedded PostgreSQL server, with the system's topics
 * created from their one definition. Nothing here is a mock, and nothing here is a test library.
 */
package vn.gov.dossier.infra;
