/**
 * What tests use around the real infrastructure: one broker and database server per test JVM (embedded, or
 * Testcontainers where a Docker engine is present), and a probe that reads and writes the broker directly. Test
 * scope only: nothing here is on the local stack's class path.
 */
package vn.gov.dossier.infra;
