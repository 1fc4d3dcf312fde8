/**
 * Helping citizens file online at a commune (clerks and support teams): a dossier a citizen started online is opened by
 * its code and filed with them, recorded as assisted with who helped and in which shift.
 */
package vn.gov.dossier.web.assisted;
