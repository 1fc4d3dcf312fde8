/**
 * Rebuilding the projections from the event log: the topics are read from their beginning into fresh tables, which
 * then replace the live ones; what arrived meanwhile is applied again (projections are idempotent).
 */
package vn.gov.dossier.reporting.rebuild;
