/**
 * reporting-service: projections of dossier events into indicators and commune ratings ({@code indicators}), their
 * rebuild from the event log that never swaps in less than the live ones hold ({@code rebuild}), and the
 * reconciliation that lists dossiers stuck in a stage ({@code reconciliation}).
 */
package vn.gov.dossier.reporting;
