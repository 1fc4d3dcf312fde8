package vn.gov.dossier.routing.decision;

import vn.gov.dossier.routing.authority.Authority;

/** Either a competent authority with the rule that found it, or the reason none could be found. */
public sealed interface RoutingOutcome {

    record Routed(Authority authority, String rule, boolean crossBoundary, boolean interProvincial) implements RoutingOutcome {
    }

    record Unroutable(String reason) implements RoutingOutcome {
    }
}
