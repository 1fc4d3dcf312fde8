/** processing-service: the authorities' queues of cases ({@code queue}). */
package vn.gov.dossier.processing;
