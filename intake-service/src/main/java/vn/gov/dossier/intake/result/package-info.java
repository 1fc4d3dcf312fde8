/**
 * The signed result, downloaded: by the desks and the authority, and by the citizen with the receipt's code and
 * secret. For a dossier whose result goes online, the citizen's download hands the result over (the dossier ends
 * RETURNED, counted as delivered electronically).
 */
package vn.gov.dossier.intake.result;
