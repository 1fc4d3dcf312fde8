/**
 * Intake's replica of the procedure catalogue that routing owns. It starts from the curated file shipped with the
 * product and follows routing's changes through the compacted topic {@code catalogue.procedures}, so that a desk never
 * has to call routing to date or accept a dossier.
 */
package vn.gov.dossier.intake.catalogue;
