/**
 * Targets with deadlines per indicator and scope (for example an online rate of 80 % for a province by the end of the
 * year), their progress over the year to date, and a gauge (and alert) for each one off track.
 */
package vn.gov.dossier.reporting.targets;
