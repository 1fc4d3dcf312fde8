/** HTTP adapter of registration: {@code POST /api/v1/dossiers} and the appointment preview. */
package vn.gov.dossier.intake.registration.web;
