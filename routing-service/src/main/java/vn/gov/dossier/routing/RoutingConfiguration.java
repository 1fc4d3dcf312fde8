package vn.gov.dossier.routing;

import java.time.Clock;
import java.time.Duration;
import java.util.function.Consumer;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationInitializer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.messaging.Message;
import vn.gov.dossier.contracts.DeskStepTaken;
import vn.gov.dossier.contracts.DossierSubmitted;
import vn.gov.dossier.platform.application.EventPublisher;
import vn.gov.dossier.platform.application.Role;
import vn.gov.dossier.platform.application.Transactions;
import vn.gov.dossier.platform.events.IncomingEvents;
import vn.gov.dossier.platform.events.IncomingEventsSupport;
import vn.gov.dossier.platform.security.AccessRules;
import vn.gov.dossier.platform.security.Officers;
import vn.gov.dossier.reference.AdministrativeUnits;
import vn.gov.dossier.reference.Catalogue;
import vn.gov.dossier.reference.FormerUnits;
import vn.gov.dossier.reference.UnitEditions;
import vn.gov.dossier.routing.authority.Authorities;
import vn.gov.dossier.routing.catalogue.CatalogueStore;
import vn.gov.dossier.routing.catalogue.ChangingCatalogue;
import vn.gov.dossier.routing.catalogue.CurrentCatalogue;
import vn.gov.dossier.routing.catalogue.LoadingCatalogue;
import vn.gov.dossier.routing.decision.AssigningAuthority;
import vn.gov.dossier.routing.decision.CompetenceRules;
import vn.gov.dossier.routing.decision.LeavingWithdrawnDossiers;
import vn.gov.dossier.routing.decision.RoutingDecisions;
import vn.gov.dossier.routing.decision.RoutingDossier;
import vn.gov.dossier.routing.decision.RoutingMetrics;

@Configuration(proxyBeanMethods = false)
class RoutingConfiguration {


    /**
     * Who may call what (default deny): every officer and every signed-in citizen reads the administrative map and the
     * catalogue; only administrators
     * change the catalogue and route by hand; a processor reads only the decisions naming their authority
     * (RoutingDecision.visibleTo).
     */
    @Bean
    AccessRules routingAccess() {
        return exchanges -> exchanges
                .pathMatchers(HttpMethod.GET, "/api/v1/units", "/api/v1/units/**", "/api/v1/procedures", "/api/v1/procedures/*")
                .access(Officers.anyoneSignedIn())
                .pathMatchers(HttpMethod.PUT, "/api/v1/procedures/*").access(Officers.in(Role.ADMIN))
                .pathMatchers(HttpMethod.DELETE, "/api/v1/procedures/*").access(Officers.in(Role.ADMIN))
                .pathMatchers(HttpMethod.GET, "/api/v1/routing/decisions/*").access(Officers.in(Role.CLERK, Role.PROCESSOR, Role.ADMIN))
                .pathMatchers(HttpMethod.GET, "/api/v1/routing/failures").access(Officers.in(Role.ADMIN))
                .pathMatchers(HttpMethod.POST, "/api/v1/routing/failures/*/assignment").access(Officers.in(Role.ADMIN));
    }

    @Bean
    UnitEditions unitEditions() {
        return UnitEditions.load();
    }

    @Bean
    AdministrativeUnits administrativeUnits(UnitEditions editions) {
        return editions.current();
    }

    @Bean
    FormerUnits formerUnits(AdministrativeUnits units) {
        return FormerUnits.load(units);
    }

    /** The papers each procedure's dossier must hold, where the statute lists them (reference data). */
    @Bean
    vn.gov.dossier.reference.RequiredPapers requiredPapers() {
        return vn.gov.dossier.reference.RequiredPapers.seed();
    }

    @Bean
    Authorities authorities(AdministrativeUnits units) {
        return new Authorities(units);
    }

    @Bean
    CurrentCatalogue currentCatalogue() {
        return new CurrentCatalogue();
    }

    /**
     * Loads the catalogue (seeding it the first time) before any consumer can route: the rules depend on this bean.
     * Runs after the schema migrations, which create the catalogue's tables.
     */
    @Bean
    LoadedCatalogue loadedCatalogue(CatalogueStore store, CurrentCatalogue current, EventPublisher events, Transactions transactions,
                                    Clock clock, FlywayMigrationInitializer migrated) {
        Integer procedures = new LoadingCatalogue(store, current, events, transactions, clock).load(Catalogue.seed()).block(Duration.ofMinutes(1));
        return new LoadedCatalogue(procedures == null ? 0 : procedures);
    }

    /** Marks the catalogue as loaded. */
    record LoadedCatalogue(int procedures) {
    }

    @Bean
    ChangingCatalogue changingCatalogue(CatalogueStore store, CurrentCatalogue current, Authorities authorities, EventPublisher events,
                                        Transactions transactions, Clock clock) {
        return new ChangingCatalogue(store, current, authorities, events, transactions, clock);
    }

    @Bean
    CompetenceRules competenceRules(CurrentCatalogue catalogue, LoadedCatalogue loaded, UnitEditions editions) {
        return new CompetenceRules(catalogue, editions);
    }

    @Bean
    RoutingDossier routingDossier(CompetenceRules rules, RoutingDecisions decisions, EventPublisher events, RoutingMetrics metrics, Clock clock) {
        return new RoutingDossier(rules, decisions, events, metrics, clock);
    }

    @Bean
    AssigningAuthority assigningAuthority(CompetenceRules rules, RoutingDecisions decisions, RoutingDossier routing, Transactions transactions,
                                          Clock clock) {
        return new AssigningAuthority(rules, decisions, routing, transactions, clock);
    }

    @Bean
    LeavingWithdrawnDossiers leavingWithdrawnDossiers(RoutingDecisions decisions) {
        return new LeavingWithdrawnDossiers(decisions);
    }

    /** Binding {@code intakeEvents-in-0}: every submitted dossier is routed; a withdrawn one leaves the manual-routing queue. */
    @Bean
    Consumer<Message<byte[]>> intakeEvents(IncomingEventsSupport support, RoutingDossier routing, LeavingWithdrawnDossiers leaving) {
        return IncomingEvents.forConsumer(RoutingApplication.NAME, support)
                .on(DossierSubmitted.class, routing::route)
                .on(DeskStepTaken.class, leaving::deskStep)
                .build();
    }
}
