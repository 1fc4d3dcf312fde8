/** What every page needs: the officer, calls to the services with their token, the services' problems shown in Vietnamese. */
package vn.gov.dossier.web.support;
