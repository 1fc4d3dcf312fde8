package vn.gov.dossier.contracts;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The states of a dossier (DOMAIN.md, "States of a dossier"), one vocabulary for every service, event and SQL filter.
 * Written in events and tables by name.
 */
public enum DossierStatus {
    RECEIVED, ROUTED, ROUTING_FAILED, IN_PROCESSING, AWAITING_SUPPLEMENT, APPROVED, REJECTED, RESULT_READY, RETURNED, WITHDRAWN;

    /** Not yet with an authority: the desk's own dossier (a withdrawal then closes it at once, at intake). */
    public static final Set<DossierStatus> BEFORE_ROUTING = EnumSet.of(RECEIVED, ROUTING_FAILED);
    /** With an authority and not decided: the deadline runs (unless suspended) and overdue can apply. */
    public static final Set<DossierStatus> UNRESOLVED = EnumSet.of(ROUTED, IN_PROCESSING, AWAITING_SUPPLEMENT);
    /** Nothing moves a dossier out of these. */
    public static final Set<DossierStatus> FINAL = EnumSet.of(RETURNED, WITHDRAWN);
    /** The statuses of a case at its authority (a case is opened ROUTED). */
    public static final Set<DossierStatus> OF_A_CASE = EnumSet.complementOf(EnumSet.copyOf(BEFORE_ROUTING));

    public boolean unresolved() {
        return UNRESOLVED.contains(this);
    }

    /** The statuses that are not final. */
    public static Set<DossierStatus> notFinal() {
        return EnumSet.complementOf(EnumSet.copyOf(FINAL));
    }

    /** A SQL list for {@code IN}, e.g. {@code ('IN_PROCESSING', 'ROUTED')}: built from the enum, so it cannot drift. */
    public static String sqlList(Set<DossierStatus> statuses) {
        return statuses.stream().map(Enum::name).sorted().map(name -> "'" + name + "'").collect(Collectors.joining(", ", "(", ")"));
    }
}
