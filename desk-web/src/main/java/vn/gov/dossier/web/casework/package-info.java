/** The processor at the competent authority: the queue, the case with the applicant's file, and the actions on it. */
package vn.gov.dossier.web.casework;
