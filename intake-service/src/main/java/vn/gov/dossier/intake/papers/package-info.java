/**
 * The papers a desk received for a dossier, at filing and with supplements: their records (title, requirement, who
 * attached them at which desk, when, new or not) and, for the dossier's own desk and its competent authority, the
 * bytes from the paper store. How they are checked and stored is the platform's
 * ({@link vn.gov.dossier.platform.papers.ReceivingPapers}).
 */
package vn.gov.dossier.intake.papers;
