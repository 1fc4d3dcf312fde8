/** The curated procedure catalogue that routing owns. */
package vn.gov.dossier.routing.catalogue;
