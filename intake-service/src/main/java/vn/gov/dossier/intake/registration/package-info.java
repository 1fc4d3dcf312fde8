/**
 * Registering a dossier: validation of what the desk typed, the appointment date by the working calendar, a unique
 * dossier code, the look-up secret, idempotent repeats, and the "dossier submitted" event in the same transaction.
 */
package vn.gov.dossier.intake.registration;
