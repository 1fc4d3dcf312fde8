/**
 * routing-service: the administrative map and its authorities ({@code units}, {@code authority}), the procedure
 * catalogue ({@code catalogue}), and routing decisions with the manual-routing queue ({@code decision}).
 */
package vn.gov.dossier.routing;
