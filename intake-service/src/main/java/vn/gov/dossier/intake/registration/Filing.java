package vn.gov.dossier.intake.registration;

import java.util.UUID;
import vn.gov.dossier.contracts.Actor;
import vn.gov.dossier.contracts.Assistance;
import vn.gov.dossier.platform.application.Officer;
import vn.gov.dossier.platform.application.Role;

/**
 * Who files a dossier, and how: a clerk at their desk, a citizen online with their electronic identity, or a helper
 * (clerk, support team, home-visit officer) filing online with a citizen at their commune.
 *
 * @param by the person, as their verified token names them
 * @param as the role they file in
 * @param electronicIdentity the applicant signed in with their electronic identity to file or to start the dossier
 * @param assistance who helped, for an assisted online filing; null otherwise
 * @param homeVisitId the home visit the dossier is filed on; null otherwise
 */
public record Filing(Officer by, Role as, boolean electronicIdentity, Assistance assistance, UUID homeVisitId) {

    public Filing(Officer by, Role as, boolean electronicIdentity, Assistance assistance) {
        this(by, as, electronicIdentity, assistance, null);
    }

    /** A clerk receives a dossier at their desk. */
    public static Filing atDesk(Officer clerk) {
        return new Filing(clerk, Role.CLERK, false, null);
    }

    /** A citizen files online, signed in with their electronic identity. */
    public static Filing online(Officer citizen) {
        return new Filing(citizen, Role.CITIZEN, true, null);
    }

    /** The desk the dossier must be received at: the filer's own; null for a citizen, who may file at any commune. */
    public String desk() {
        return as == Role.CITIZEN ? null : by.unit();
    }

    /** What the history and the event record of who filed it. */
    public Actor actor() {
        return new Actor(by.name(), desk(), as.name());
    }

    /** The same filing, assisted. */
    public Filing assistedBy(Assistance helped) {
        return new Filing(by, as, electronicIdentity, helped, homeVisitId);
    }

    /** The same filing, finishing what a citizen started online with their electronic identity. */
    public Filing finishingWhatACitizenStarted() {
        return new Filing(by, as, true, assistance, homeVisitId);
    }

    /** The same filing, on this home visit. */
    public Filing onHomeVisit(UUID visit) {
        return new Filing(by, as, electronicIdentity, assistance, visit);
    }

    /** An officer files at their desk: a clerk, or a support team (which files only what it helps with). */
    public static Filing byOfficer(Officer officer) {
        return new Filing(officer, officer.is(Role.CLERK) ? Role.CLERK : Role.SUPPORT, false, null);
    }
}
