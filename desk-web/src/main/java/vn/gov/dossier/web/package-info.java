/**
 * The screens: a desk clerk files and follows dossiers ({@code desk}), a processor works the authority's queue
 * ({@code casework}), operations staff read indicators and repair what is stuck ({@code operations}), a citizen looks a
 * dossier up from the receipt's QR code ({@code lookup}). Pages are rendered on the server; the services are called with
 * the signed-in officer's own access token, so every rule of who may do what stays in the services.
 */
package vn.gov.dossier.web;
