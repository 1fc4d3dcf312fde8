package vn.gov.dossier.intake.status;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import vn.gov.dossier.contracts.DossierStatus;
import vn.gov.dossier.platform.application.Officer;
import vn.gov.dossier.platform.application.Role;

/**
 * What {@code GET /api/v1/dossiers/{code}} shows: the dossier with the names a person reads beside its codes.
 *
 * @param procedureName the procedure's name in the catalogue; null for a code the catalogue no longer knows
 * @param receivingUnitName the receiving commune's full name
 */
public record StatusView(String code, DossierStatus status, String procedureCode, String receivingUnitCode, String channel,
                         OffsetDateTime receivedAt, LocalDate appointmentDate, OffsetDateTime dueAt, Authority authority,
                         Boolean crossBoundary, List<HistoryEntry> history, String procedureName, String receivingUnitName) {

    public StatusView(String code, DossierStatus status, String procedureCode, String receivingUnitCode, String channel,
                      OffsetDateTime receivedAt, LocalDate appointmentDate, OffsetDateTime dueAt, Authority authority,
                      Boolean crossBoundary, List<HistoryEntry> history) {
        this(code, status, procedureCode, receivingUnitCode, channel, receivedAt, appointmentDate, dueAt, authority, crossBoundary, history,
                null, null);
    }

    /** The same view with the names of its procedure and receiving commune. */
    public StatusView named(Names names) {
        return new StatusView(code, status, procedureCode, receivingUnitCode, channel, receivedAt, appointmentDate, dueAt, authority,
                crossBoundary, history, names.procedure(procedureCode), names.unit(receivingUnitCode));
    }

    public record Authority(String id, String name, String level, String unitCode, String agency) {
    }

    /**
     * One line of the history: {@code note} in Vietnamese, as ever; {@code noteCode} with {@code noteArgs} (and
     * {@code noteBy}, who acted) for a client that says it in its reader's language. Lines written before codes existed
     * have their note only.
     */
    public record HistoryEntry(DossierStatus status, OffsetDateTime at, String note, String noteCode, List<String> noteArgs, String noteBy) {
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
