package vn.gov.dossier.routing.decision;

import java.time.LocalDate;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import vn.gov.dossier.reference.AdministrativeUnits;
import vn.gov.dossier.reference.Commune;
import vn.gov.dossier.reference.Competence;
import vn.gov.dossier.reference.Procedure;
import vn.gov.dossier.reference.UnitEditions;
import vn.gov.dossier.routing.authority.Authorities;
import vn.gov.dossier.routing.catalogue.CurrentCatalogue;
import vn.gov.dossier.routing.authority.Authority;

/**
 * Decides the competent authority from the procedure's competence rule (DOMAIN.md, "Routing: who is competent").
 * In-memory look-ups only.
 *
 * <p>Flags: cross-boundary when the authority's commune (for a commune authority) or province (for a provincial one)
 * differs from the receiving unit's, and always for a national agency; inter-provincial when the authority's
 * province differs from the receiving unit's (a national agency belongs to no province, so never).
 */
public final class CompetenceRules {

    private final CurrentCatalogue catalogue;
    private final UnitEditions editions;
    private final Map<AdministrativeUnits, Authorities> authoritiesByEdition = new IdentityHashMap<>();

    /** Names and flags come from the map of the day the dossier was received (same codes in every edition). */
    public CompetenceRules(CurrentCatalogue catalogue, UnitEditions editions) {
        this.catalogue = catalogue;
        this.editions = editions;
        AdministrativeUnits before = editions.on(UnitEditions.CHANGES_OF_2026.minusDays(1));
        authoritiesByEdition.put(before, new Authorities(before));
        authoritiesByEdition.put(editions.current(), new Authorities(editions.current()));
    }

    public RoutingOutcome decide(RoutingRequest request) {
        Optional<Procedure> procedure = catalogue.offered(request.procedureCode());
        if (procedure.isEmpty()) {
            return new RoutingOutcome.Unroutable("procedure " + request.procedureCode() + " is not offered in the catalogue");
        }
        AdministrativeUnits units = editions.on(request.receivedOn());
        Authorities authorities = authoritiesByEdition.get(units);
        Optional<Commune> receiving = units.commune(request.receivingUnitCode());
        if (receiving.isEmpty()) {
            return new RoutingOutcome.Unroutable("receiving unit " + request.receivingUnitCode() + " is not a commune in force");
        }
        Competence competence = procedure.get().competence();
        String rule = competence.basis() + "/" + competence.level() + "/" + competence.agency();
        String locationCode = switch (competence.basis()) {
            case RESIDENCE -> request.residenceUnitCode();
            case SUBJECT_LOCATION -> request.subjectUnitCode();
            case RECEIVING_UNIT -> request.receivingUnitCode();
            case NONE -> null;
        };
        Optional<Authority> authority = switch (competence.level()) {
            case COMMUNE -> authorities.ofCommune(competence.agency(), locationCode);
            case PROVINCE -> units.commune(locationCode).flatMap(commune -> authorities.ofProvince(competence.agency(), commune.provinceCode()));
            case NATIONAL -> authorities.national(competence.agency());
        };
        if (authority.isEmpty()) {
            String where = locationCode == null ? "no location" : "unit " + locationCode;
            return new RoutingOutcome.Unroutable("rule " + rule + " finds no authority for " + where);
        }
        return routed(authority.get(), rule, receiving.get());
    }

    /** A decision for an authority someone chose (the manual-routing queue), with the same flags as a rule's. */
    public Optional<RoutingOutcome.Routed> assigned(String authorityId, String receivingUnitCode, LocalDate receivedOn) {
        AdministrativeUnits units = editions.on(receivedOn);
        return authoritiesByEdition.get(units).byId(authorityId).flatMap(authority -> units.commune(receivingUnitCode)
                .map(desk -> routed(authority, MANUAL, desk)));
    }

    /** The rule recorded for a manual assignment. */
    public static final String MANUAL = "MANUAL";

    private static RoutingOutcome.Routed routed(Authority found, String rule, Commune desk) {
        boolean crossBoundary = switch (found.level()) {
            case COMMUNE -> !found.unitCode().equals(desk.code());
            case PROVINCE -> !found.provinceCode().equals(desk.provinceCode());
            case NATIONAL -> true;
        };
        boolean interProvincial = found.provinceCode() != null && !Objects.equals(found.provinceCode(), desk.provinceCode());
        return new RoutingOutcome.Routed(found, rule, crossBoundary, interProvincial);
    }
}
