package vn.gov.dossier.routing.decision;

import java.time.OffsetDateTime;
import vn.gov.dossier.contracts.AuthorityRef;
import vn.gov.dossier.platform.application.Officer;
import vn.gov.dossier.platform.application.Role;

/** A recorded decision, answering "why did this go there?". */
public record RoutingDecision(String dossierCode, AuthorityRef authority, String rule, boolean crossBoundary, boolean interProvincial,
                              OffsetDateTime decidedAt) {

    /** Desks and administrators see any decision; a processor only those that name their own authority. */
    public boolean visibleTo(Officer officer) {
        return officer.is(Role.CLERK) || officer.is(Role.ADMIN) || officer.isAt(Role.PROCESSOR, authority.id());
    }
}
