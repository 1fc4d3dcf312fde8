package vn.gov.dossier.routing.catalogue;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import vn.gov.dossier.reference.Procedure;

/** The catalogue in memory, for routing decisions that never wait on the database. */
public final class CurrentCatalogue {

    private final Map<String, CatalogueEntry> entries = new ConcurrentHashMap<>();

    /** A catalogue holding the curated file as it is (version 0), e.g. for tests of the rules. */
    public static CurrentCatalogue of(vn.gov.dossier.reference.Catalogue catalogue) {
        CurrentCatalogue current = new CurrentCatalogue();
        catalogue.procedures().forEach(procedure -> current.apply(new CatalogueEntry(procedure, true, 0)));
        return current;
    }

    /** An offered procedure; empty when unknown or withdrawn. */
    public Optional<Procedure> offered(String code) {
        CatalogueEntry entry = code == null ? null : entries.get(code);
        return entry != null && entry.offered() ? Optional.of(entry.procedure()) : Optional.empty();
    }

    public Optional<CatalogueEntry> entry(String code) {
        return Optional.ofNullable(code == null ? null : entries.get(code));
    }

    /** Keeps the newer of what it has and what it is given. */
    public void apply(CatalogueEntry entry) {
        entries.merge(entry.procedure().code(), entry, (held, given) -> given.version() >= held.version() ? given : held);
    }

    public void applyAll(Collection<CatalogueEntry> all) {
        all.forEach(this::apply);
    }

    /** Offered procedures in catalogue order (most used first, as curated). */
    public List<CatalogueEntry> offeredEntries() {
        return entries.values().stream().filter(CatalogueEntry::offered).sorted(Comparator.comparingLong(CatalogueEntry::version)
                .thenComparing(entry -> entry.procedure().code())).toList();
    }

    public Collection<CatalogueEntry> all() {
        return List.copyOf(entries.values());
    }
}
