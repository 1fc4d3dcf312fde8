/**
 * Home visits for the elderly and disabled: a visit is requested at the applicant's commune, scheduled and assigned to
 * an officer, and filed on the spot from a tablet as a HOME_VISIT dossier helped by that officer, its result posted to
 * the visited address.
 */
package vn.gov.dossier.intake.homevisits;
