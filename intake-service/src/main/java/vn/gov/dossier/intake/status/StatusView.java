package vn.gov.dossier.intake.status;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import vn.gov.dossier.contracts.DossierStatus;
import vn.gov.dossier.platform.application.Officer;
import vn.gov.dossier.platform.application.Role;

/** What {@code GET /api/v1/dossiers/{code}} shows (API.md). */
public record StatusView(String code, DossierStatus status, String procedureCode, String receivingUnitCode, String channel,
                         OffsetDateTime receivedAt, LocalDate appointmentDate, OffsetDateTime dueAt, Authority authority,
                         Boolean crossBoundary, List<HistoryEntry> history) {

    public record Authority(String id, String name, String level, String unitCode, String agency) {
    }

    public record HistoryEntry(DossierStatus status, OffsetDateTime at, String note) {
    }

    /**
     * Any desk may follow any dossier (a citizen may bring a supplement or collect the result at any desk); a processor
     * only the dossiers routed to their own authority.
     */
    public boolean visibleTo(Officer officer) {
        return officer.is(Role.CLERK) || (authority != null && officer.isAt(Role.PROCESSOR, authority.id()));
    }

    /** The applicant's papers are for the desk that received the dossier and the authority deciding it, no one else. */
    public boolean papersOpenTo(Officer officer) {
        return officer.isAt(Role.CLERK, receivingUnitCode) || (authority != null && officer.isAt(Role.PROCESSOR, authority.id()));
    }
}
