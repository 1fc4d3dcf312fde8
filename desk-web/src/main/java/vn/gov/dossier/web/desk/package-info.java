/** The clerk at the one-stop desk: filing a dossier on one page, and any dossier's supplements, withdrawal, handover and result. */
package vn.gov.dossier.web.desk;
