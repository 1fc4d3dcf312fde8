/**
 * Traces across the asynchronous hops: the trace context stored with queued work (outbox rows, notices) and continued
 * when the work is done. Micrometer Tracing with the OpenTelemetry bridge; OTLP export when an endpoint is configured.
 */
package vn.gov.dossier.platform.tracing;
