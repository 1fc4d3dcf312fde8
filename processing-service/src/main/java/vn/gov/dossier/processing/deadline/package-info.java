/**
 * Deadlines watched: unresolved cases that passed their due time, or come within the due-soon threshold of it, are
 * flagged once per due time, for notification, reporting and the operations alerts.
 */
package vn.gov.dossier.processing.deadline;
