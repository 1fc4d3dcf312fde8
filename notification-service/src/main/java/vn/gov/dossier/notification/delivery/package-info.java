/**
 * Deliveries: which notice goes to whom by which channel for each dossier event, recorded with its outcome.
 * Recipients are shown masked.
 */
package vn.gov.dossier.notification.delivery;
