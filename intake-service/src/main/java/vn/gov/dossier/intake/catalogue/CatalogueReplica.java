package vn.gov.dossier.intake.catalogue;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import vn.gov.dossier.reference.Catalogue;

/** The replica in memory: the shipped catalogue (version 0) overlaid by whatever routing has announced since. */
public final class CatalogueReplica {

    private final Map<String, ReplicatedProcedure> procedures = new ConcurrentHashMap<>();

    public CatalogueReplica(Catalogue shipped) {
        shipped.procedures().forEach(procedure -> procedures.put(procedure.code(), new ReplicatedProcedure(procedure.code(), procedure.name(),
                procedure.processingDays(), procedure.processingHours(), procedure.feeVnd(), true, 0)));
    }

    /** An offered procedure; empty when unknown or withdrawn. */
    public Optional<ReplicatedProcedure> offered(String code) {
        return Optional.ofNullable(code == null ? null : procedures.get(code)).filter(ReplicatedProcedure::offered);
    }

    /** A procedure's name, offered or withdrawn since (a dossier filed for it is still named). */
    public Optional<String> name(String code) {
        return Optional.ofNullable(code == null ? null : procedures.get(code)).map(ReplicatedProcedure::name);
    }

    /** Keeps the newer of what it has and what it is given (announcements may be replayed or arrive twice). */
    public void apply(ReplicatedProcedure procedure) {
        procedures.merge(procedure.code(), procedure, (held, given) -> given.version() < held.version() ? held
                : given.feeVnd() == null ? given.withFee(held.feeVnd()) : given);
    }

    public void applyAll(Collection<ReplicatedProcedure> all) {
        all.forEach(this::apply);
    }
}
