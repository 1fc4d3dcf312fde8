/**
 * Every dossier's status, result and payment synchronised to the national public service portal, through an adapter
 * behind a circuit breaker. Whatever changes a dossier makes it due (a database trigger, in the change's own
 * transaction); the sync sends the latest state, and what is not yet synced is a visible backlog that can be re-driven.
 */
package vn.gov.dossier.intake.portal;
