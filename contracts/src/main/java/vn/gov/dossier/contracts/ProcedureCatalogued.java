package vn.gov.dossier.contracts;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * The catalogue's current word on one procedure, published by routing (which owns the catalogue) on the compacted
 * topic {@link Topics#CATALOGUE}, keyed by procedure code: the latest record per code is the catalogue. Intake keeps a
 * replica, so desks date and accept dossiers without calling routing.
 *
 * @param catalogueVersion increases with every change to the catalogue; a replica ignores an older version
 * @param offered false when the procedure was withdrawn: it can no longer be filed
 */
public record ProcedureCatalogued(
        UUID eventId,
        OffsetDateTime occurredAt,
        long catalogueVersion,
        String procedureCode,
        String name,
        AuthorityLevel level,
        String basis,
        String agency,
        int processingDays,
        Integer processingHours,
        long feeVnd,
        String source,
        boolean offered) implements Event {

    public static final String TYPE = "vn.gov.dossier.routing.procedure-catalogued.v1";

    @Override
    public String key() {
        return procedureCode;
    }

    @Override
    public String subject() {
        return procedureCode;
    }
}
