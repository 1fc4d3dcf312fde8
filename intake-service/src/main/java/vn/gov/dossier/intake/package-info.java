/**
 * intake-service: registration of dossiers at any desk ({@code registration}), the receipt with its QR code
 * ({@code receipt}), the desk's steps for the citizen at any desk: supplements, withdrawals, handovers
 * ({@code deskwork}), the citizen-facing status view that follows the dossier through routing and processing, refused
 * desk steps included ({@code status}), and the replica of routing's catalogue ({@code catalogue}).
 */
package vn.gov.dossier.intake;
