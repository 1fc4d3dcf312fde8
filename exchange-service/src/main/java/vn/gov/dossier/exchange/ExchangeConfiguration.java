package vn.gov.dossier.exchange;

import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import java.time.Clock;
import java.util.List;
import java.util.function.Consumer;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.messaging.Message;
import vn.gov.dossier.contracts.CaseStepTaken;
import vn.gov.dossier.contracts.DeskStepTaken;
import vn.gov.dossier.contracts.DossierRouted;
import vn.gov.dossier.contracts.DossierSubmitted;
import vn.gov.dossier.contracts.FeePaid;
import vn.gov.dossier.contracts.RoutingFailed;
import vn.gov.dossier.exchange.dossier.DossierChanged;
import vn.gov.dossier.exchange.dossier.DossierRecords;
import vn.gov.dossier.exchange.dossier.FollowingDossiers;
import vn.gov.dossier.exchange.handover.V2__Handover_from_intake;
import vn.gov.dossier.exchange.identity.CheckingIdentities;
import vn.gov.dossier.exchange.identity.IdentityChecks;
import vn.gov.dossier.exchange.identity.PopulationRegistry;
import vn.gov.dossier.exchange.identity.channels.HttpPopulationRegistry;
import vn.gov.dossier.exchange.portal.NationalPortal;
import vn.gov.dossier.exchange.portal.SyncingWithPortal;
import vn.gov.dossier.exchange.portal.channels.HttpNationalPortal;
import vn.gov.dossier.exchange.postal.PostalDispatches;
import vn.gov.dossier.exchange.postal.PostalService;
import vn.gov.dossier.exchange.postal.SendingResultsByPost;
import vn.gov.dossier.exchange.postal.channels.HttpPostalService;
import vn.gov.dossier.platform.application.EventPublisher;
import vn.gov.dossier.platform.application.Role;
import vn.gov.dossier.platform.events.IncomingEvents;
import vn.gov.dossier.platform.events.IncomingEventsSupport;
import vn.gov.dossier.platform.outbound.OutboundWork;
import vn.gov.dossier.platform.outbound.OutsideSystem;
import vn.gov.dossier.platform.outbound.WorkHandler;
import vn.gov.dossier.platform.security.AccessRules;
import vn.gov.dossier.platform.security.Officers;

/** The national systems' adapters (each behind its circuit breaker), their kinds of outbound work, and the events followed. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({NationalSystemsProperties.class, HandoverProperties.class})
class ExchangeConfiguration {

    /**
     * Who may call what (default deny): a dossier's identity check for its desk and its authority, a dispatch for any
     * desk and its authority, the list of dispatches and a retry for desks (their own) and operations (their province);
     * the outbound work API (the portal's backlog among it) is the platform's.
     */
    @Bean
    AccessRules exchangeAccess() {
        return exchanges -> exchanges
                .pathMatchers(HttpMethod.GET, "/api/v1/dossiers/*/identity-check", "/api/v1/dossiers/*/postal-dispatch")
                .access(Officers.in(Role.CLERK, Role.PROCESSOR))
                .pathMatchers(HttpMethod.GET, "/api/v1/postal-dispatches").access(Officers.in(Role.CLERK, Role.OPERATOR))
                .pathMatchers(HttpMethod.POST, "/api/v1/postal-dispatches/*/retry").access(Officers.in(Role.CLERK, Role.OPERATOR));
    }

    /** The one-time hand-over from intake runs as this service's migration V2 (HandoverProperties says where intake's database is). */
    @Bean
    FlywayConfigurationCustomizer handoverFromIntake(HandoverProperties properties) {
        return configuration -> configuration.javaMigrations(new V2__Handover_from_intake(properties));
    }

    /** The population database, behind its circuit breaker ({@code resilience4j.circuitbreaker.instances.population}). */
    @Bean
    PopulationRegistry populationRegistry(CircuitBreakerRegistry circuitBreakers, NationalSystemsProperties properties) {
        return new HttpPopulationRegistry(OutsideSystem.at(properties.populationUrl(), circuitBreakers.circuitBreaker(PopulationRegistry.NAME)));
    }

    /** The national portal, behind its circuit breaker ({@code resilience4j.circuitbreaker.instances.portal}). */
    @Bean
    NationalPortal nationalPortal(CircuitBreakerRegistry circuitBreakers, NationalSystemsProperties properties) {
        return new HttpNationalPortal(OutsideSystem.at(properties.portalUrl(), circuitBreakers.circuitBreaker(NationalPortal.NAME)));
    }

    /** The postal service, behind its circuit breaker ({@code resilience4j.circuitbreaker.instances.postal}). */
    @Bean
    PostalService postalService(CircuitBreakerRegistry circuitBreakers, NationalSystemsProperties properties) {
        return new HttpPostalService(OutsideSystem.at(properties.postalUrl(), circuitBreakers.circuitBreaker(PostalService.NAME)));
    }

    /** Identity checks: the platform's outbound work of kind {@code identity-check}. */
    @Bean
    CheckingIdentities checkingIdentities(IdentityChecks checks, PopulationRegistry registry, OutboundWork outbound, EventPublisher events,
                                          Clock clock) {
        return new CheckingIdentities(checks, registry, outbound, events, clock);
    }

    /** Portal sync: the platform's outbound work of kind {@code portal-sync}. */
    @Bean
    SyncingWithPortal syncingWithPortal(NationalPortal portal, OutboundWork outbound, EventPublisher events, Clock clock) {
        return new SyncingWithPortal(portal, outbound, events, clock);
    }

    @Bean
    SendingResultsByPost sendingResultsByPost(PostalDispatches dispatches, PostalService postal, OutboundWork outbound, EventPublisher events,
                                              NationalSystemsProperties properties, Clock clock) {
        return new SendingResultsByPost(dispatches, postal, outbound, events, properties.trackingInterval(), clock);
    }

    /** Results handed to the postal service: the platform's outbound work of kind {@code postal-dispatch}. */
    @Bean
    WorkHandler postalDispatching(SendingResultsByPost sending) {
        return sending.dispatching();
    }

    /** Dispatched results followed until delivered: the platform's outbound work of kind {@code postal-tracking}. */
    @Bean
    WorkHandler postalTracking(SendingResultsByPost sending) {
        return sending.tracking();
    }

    @Bean
    FollowingDossiers followingDossiers(DossierRecords records, List<DossierChanged> followers) {
        return new FollowingDossiers(records, followers);
    }

    /** Binding {@code intakeEvents-in-0}: filings, desk steps and fees paid. */
    @Bean
    Consumer<Message<byte[]>> intakeEvents(IncomingEventsSupport support, FollowingDossiers following) {
        return IncomingEvents.forConsumer(ExchangeApplication.NAME, support)
                .on(DossierSubmitted.class, following::submitted)
                .on(DeskStepTaken.class, following::deskStepTaken)
                .on(FeePaid.class, following::feePaid)
                .build();
    }

    /** Binding {@code routingEvents-in-0}: the authority found, or not. */
    @Bean
    Consumer<Message<byte[]>> routingEvents(IncomingEventsSupport support, FollowingDossiers following) {
        return IncomingEvents.forConsumer(ExchangeApplication.NAME, support)
                .on(DossierRouted.class, following::routed)
                .on(RoutingFailed.class, following::routingFailed)
                .build();
    }

    /** Binding {@code processingEvents-in-0}: the authority's steps. */
    @Bean
    Consumer<Message<byte[]>> processingEvents(IncomingEventsSupport support, FollowingDossiers following) {
        return IncomingEvents.forConsumer(ExchangeApplication.NAME, support)
                .on(CaseStepTaken.class, following::stepTaken)
                .build();
    }
}
