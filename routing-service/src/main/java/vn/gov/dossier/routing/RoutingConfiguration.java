package vn.gov.dossier.routing;

import java.time.Clock;
import java.util.function.Consumer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;
import vn.gov.dossier.contracts.DossierSubmitted;
import vn.gov.dossier.platform.application.EventPublisher;
import vn.gov.dossier.platform.events.IncomingEvents;
import vn.gov.dossier.platform.events.IncomingEventsSupport;
import vn.gov.dossier.reference.AdministrativeUnits;
import vn.gov.dossier.reference.Catalogue;
import vn.gov.dossier.reference.FormerUnits;
import vn.gov.dossier.routing.authority.Authorities;
import vn.gov.dossier.platform.application.Transactions;
import vn.gov.dossier.routing.decision.AssigningAuthority;
import vn.gov.dossier.routing.decision.CompetenceRules;
import vn.gov.dossier.routing.decision.RoutingDecisions;
import vn.gov.dossier.routing.decision.RoutingDossier;
import vn.gov.dossier.routing.decision.RoutingMetrics;

@Configuration(proxyBeanMethods = false)
class RoutingConfiguration {


    @Bean
    AdministrativeUnits administrativeUnits() {
        return AdministrativeUnits.current();
    }

    @Bean
    FormerUnits formerUnits(AdministrativeUnits units) {
        return FormerUnits.load(units);
    }

    @Bean
    Catalogue catalogue() {
        return Catalogue.seed();
    }

    @Bean
    CompetenceRules competenceRules(Catalogue catalogue, AdministrativeUnits units) {
        return new CompetenceRules(catalogue, units, new Authorities(units));
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

    /** Binding {@code intakeEvents-in-0}: every submitted dossier is routed. */
    @Bean
    Consumer<Message<byte[]>> intakeEvents(IncomingEventsSupport support, RoutingDossier routing) {
        return IncomingEvents.forConsumer(RoutingApplication.NAME, support)
                .on(DossierSubmitted.class, routing::route)
                .build();
    }
}
