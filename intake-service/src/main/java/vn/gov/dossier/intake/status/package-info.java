/**
 * The citizen-facing status view: follows the dossier through routing (and, later, processing) from their events,
 * and answers the desk's and the citizen's "where is my dossier?".
 */
package vn.gov.dossier.intake.status;
