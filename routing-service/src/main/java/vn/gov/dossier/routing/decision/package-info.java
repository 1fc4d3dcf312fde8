/**
 * Routing decisions: competence rule × residence × subject location × receiving unit → authority, with the
 * cross-boundary and inter-provincial flags and the rule recorded. Unroutable dossiers go to the manual-routing queue.
 */
package vn.gov.dossier.routing.decision;
