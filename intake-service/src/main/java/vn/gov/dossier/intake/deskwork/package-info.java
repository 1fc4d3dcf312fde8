/**
 * What any desk does for a citizen once the dossier is with an authority: takes the requested supplement, a request to
 * withdraw, or hands the result over. Each becomes a "desk step taken" event that processing applies.
 */
package vn.gov.dossier.intake.deskwork;
