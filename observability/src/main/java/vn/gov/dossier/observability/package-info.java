/** What every application says to Prometheus the same way: help text for the meters registered without one. */
package vn.gov.dossier.observability;
