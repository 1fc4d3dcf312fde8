/**
 * intake-service: registration of dossiers at any desk ({@code registration}) and the citizen-facing status view
 * that follows the dossier through routing and processing ({@code status}).
 */
package vn.gov.dossier.intake;
