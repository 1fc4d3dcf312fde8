/**
 * Citizens signed in with their electronic identity: their own dossiers (status, fee and payment, withdrawal, the
 * signed result), filing online with papers, and starting a dossier to be finished with them at any desk.
 */
package vn.gov.dossier.web.citizen;
