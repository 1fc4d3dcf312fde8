/**
 * The applicant's file at the authority: who the applicant is and how to reach them, where the result goes, and the
 * papers (by reference; the bytes are read from the paper store, never from intake), kept from intake's events so that
 * the authority decides while intake is down. Papers a supplement brought are marked new.
 */
package vn.gov.dossier.processing.applicant;
