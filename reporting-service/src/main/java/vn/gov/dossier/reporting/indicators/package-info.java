/**
 * One fact row per dossier, filled by whichever of its events arrives (in any order across topics), and the
 * indicators of DOMAIN.md computed from those rows for a scope and a period.
 */
package vn.gov.dossier.reporting.indicators;
