/** reporting-service: projections of dossier events into indicators ({@code indicators}). */
package vn.gov.dossier.reporting;
