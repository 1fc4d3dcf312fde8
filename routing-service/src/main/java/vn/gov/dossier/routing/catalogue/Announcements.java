package vn.gov.dossier.routing.catalogue;

import java.time.OffsetDateTime;
import java.util.UUID;
import vn.gov.dossier.contracts.AuthorityLevel;
import vn.gov.dossier.contracts.ProcedureCatalogued;
import vn.gov.dossier.reference.Procedure;

/** The event that tells the other services what the catalogue now says of a procedure. */
final class Announcements {

    private Announcements() {
    }

    static ProcedureCatalogued of(CatalogueEntry entry, OffsetDateTime now) {
        Procedure procedure = entry.procedure();
        return new ProcedureCatalogued(UUID.randomUUID(), now, entry.version(), procedure.code(), procedure.name(),
                AuthorityLevel.valueOf(procedure.competence().level().name()), procedure.competence().basis().name(),
                procedure.competence().agency(), procedure.processingDays(), procedure.processingHours(), procedure.feeVnd(),
                procedure.source(), entry.offered());
    }
}
