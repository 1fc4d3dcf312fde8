package vn.gov.dossier.routing.decision;

import java.time.OffsetDateTime;
import vn.gov.dossier.contracts.AuthorityRef;

/** A recorded decision, answering "why did this go there?". */
public record RoutingDecision(String dossierCode, AuthorityRef authority, String rule, boolean crossBoundary, boolean interProvincial,
                              OffsetDateTime decidedAt) {
}
