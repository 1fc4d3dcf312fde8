package vn.gov.dossier.routing.catalogue;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import reactor.core.publisher.Mono;
import vn.gov.dossier.contracts.Topics;
import vn.gov.dossier.platform.application.EventPublisher;
import vn.gov.dossier.platform.application.Transactions;
import vn.gov.dossier.reference.CompetenceBasis;
import vn.gov.dossier.reference.CompetenceLevel;
import vn.gov.dossier.reference.Procedure;
import vn.gov.dossier.routing.authority.Authorities;

/** An administrator offers, changes or withdraws a procedure: stored, announced and in force at once. */
public class ChangingCatalogue {

    private static final Pattern CODE = Pattern.compile("\\d{1,2}\\.\\d{6}");

    /** A change the catalogue refuses, with each problem named by field. */
    public static class InvalidChange extends RuntimeException {

        private static final long serialVersionUID = 1L;
        private final transient List<String[]> problems;

        InvalidChange(List<String[]> problems) {
            super("invalid catalogue change");
            this.problems = List.copyOf(problems);
        }

        /** Pairs of {field, message}. */
        public List<String[]> problems() {
            return problems;
        }
    }

    private final CatalogueStore store;
    private final CurrentCatalogue current;
    private final Authorities authorities;
    private final EventPublisher events;
    private final Transactions transactions;
    private final Clock clock;

    public ChangingCatalogue(CatalogueStore store, CurrentCatalogue current, Authorities authorities, EventPublisher events,
                             Transactions transactions, Clock clock) {
        this.store = store;
        this.current = current;
        this.authorities = authorities;
        this.events = events;
        this.transactions = transactions;
        this.clock = clock;
    }

    public Mono<CatalogueEntry> offer(Procedure procedure) {
        List<String[]> problems = check(procedure);
        if (!problems.isEmpty()) {
            return Mono.error(new InvalidChange(problems));
        }
        return save(procedure, true);
    }

    /** Withdraws a procedure: it can no longer be filed; empty when the catalogue never had it. */
    public Mono<CatalogueEntry> withdraw(String code) {
        return Mono.justOrEmpty(current.entry(code)).flatMap(entry -> save(entry.procedure(), false));
    }

    private Mono<CatalogueEntry> save(Procedure procedure, boolean offered) {
        return transactions.inTransaction(store.save(procedure, offered)
                        .flatMap(entry -> events.publish(Topics.CATALOGUE, Announcements.of(entry, OffsetDateTime.now(clock))).thenReturn(entry)))
                .doOnNext(current::apply);
    }

    private List<String[]> check(Procedure procedure) {
        List<String[]> problems = new ArrayList<>();
        if (procedure.code() == null || !CODE.matcher(procedure.code()).matches()) {
            problems.add(new String[] {"code", "must be a procedure code such as 1.004222"});
        }
        if (procedure.name() == null || procedure.name().isBlank() || procedure.name().length() > 1000) {
            problems.add(new String[] {"name", "is required, at most 1000 characters"});
        }
        if (procedure.source() == null || procedure.source().isBlank()) {
            problems.add(new String[] {"source", "must say where the competence, time and fee come from, or the assumption made"});
        }
        if (procedure.processingDays() < 0 || (procedure.processingHours() != null && procedure.processingHours() < 1)
                || (procedure.processingDays() == 0 && procedure.processingHours() == null)) {
            problems.add(new String[] {"processingDays", "must be at least 1 working day, or 0 with processingHours of at least 1"});
        }
        if (procedure.feeVnd() < 0) {
            problems.add(new String[] {"fee", "must not be negative"});
        }
        var competence = procedure.competence();
        if (competence == null || competence.level() == null || competence.basis() == null || competence.agency() == null) {
            problems.add(new String[] {"competence", "needs level, basis and agency"});
        } else {
            boolean national = competence.level() == CompetenceLevel.NATIONAL;
            if (national != (competence.basis() == CompetenceBasis.NONE)) {
                problems.add(new String[] {"competence.basis", "is NONE for a national agency and only then"});
            }
            if (!authorities.hasAgency(competence.level(), competence.agency())) {
                problems.add(new String[] {"competence.agency", "is not an agency known at " + competence.level() + " level"});
            }
        }
        return problems;
    }
}
