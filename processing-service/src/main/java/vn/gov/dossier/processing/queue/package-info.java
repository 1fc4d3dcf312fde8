/** Opening a case in the competent authority's queue when a dossier is routed, and reading the queue. */
package vn.gov.dossier.processing.queue;
