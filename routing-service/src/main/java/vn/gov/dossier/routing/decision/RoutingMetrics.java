package vn.gov.dossier.routing.decision;

import vn.gov.dossier.contracts.Channel;

/** What routing counts: decisions by level with cross-boundary and inter-provincial flags, failures, decision time. */
public interface RoutingMetrics {

    void decided(RoutingOutcome outcome, Channel channel, long nanos);
}
