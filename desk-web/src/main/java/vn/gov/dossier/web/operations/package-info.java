/** Operations staff: indicators with charts, commune ratings, CSV, stuck dossiers re-driven, failed notices resent. */
package vn.gov.dossier.web.operations;
