/**
 * Reconciliation for operations: the dossiers whose events tell that a stage did not happen (received but never
 * routed, routed but never seen received) for longer than a threshold, with the services whose events to re-drive.
 */
package vn.gov.dossier.reporting.reconciliation;
