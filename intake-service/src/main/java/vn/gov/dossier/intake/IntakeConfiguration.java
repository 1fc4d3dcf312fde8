package vn.gov.dossier.intake;

import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationInitializer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.messaging.Message;
import org.springframework.web.reactive.function.client.WebClient;
import vn.gov.dossier.calendar.WorkingCalendar;
import vn.gov.dossier.contracts.CaseStepTaken;
import vn.gov.dossier.contracts.DeskStepRefused;
import vn.gov.dossier.contracts.DossierRouted;
import vn.gov.dossier.contracts.ProcedureCatalogued;
import vn.gov.dossier.contracts.RoutingFailed;
import vn.gov.dossier.intake.catalogue.CatalogueReplica;
import vn.gov.dossier.intake.catalogue.ReplicaStore;
import vn.gov.dossier.intake.catalogue.ReplicatingCatalogue;
import vn.gov.dossier.intake.deskwork.TakingDeskSteps;
import vn.gov.dossier.intake.homevisits.HomeVisits;
import vn.gov.dossier.intake.homevisits.VisitingAtHome;
import vn.gov.dossier.intake.identity.CheckingIdentities;
import vn.gov.dossier.intake.identity.IdentityChecks;
import vn.gov.dossier.intake.identity.PopulationRegistry;
import vn.gov.dossier.intake.identity.channels.HttpPopulationRegistry;
import vn.gov.dossier.intake.papers.PaperRecords;
import vn.gov.dossier.intake.payments.CallbackSignature;
import vn.gov.dossier.intake.payments.PayingFees;
import vn.gov.dossier.intake.payments.RefundingFees;
import vn.gov.dossier.platform.outbound.OutboundWork;
import vn.gov.dossier.intake.payments.PaymentPlatform;
import vn.gov.dossier.intake.payments.Payments;
import vn.gov.dossier.intake.payments.channels.HttpPaymentPlatform;
import vn.gov.dossier.intake.portal.NationalPortal;
import vn.gov.dossier.intake.portal.PortalSyncs;
import vn.gov.dossier.intake.portal.SyncingWithPortal;
import vn.gov.dossier.intake.portal.channels.HttpNationalPortal;
import vn.gov.dossier.intake.postal.PostalDispatches;
import vn.gov.dossier.intake.postal.PostalService;
import vn.gov.dossier.intake.postal.SendingResultsByPost;
import vn.gov.dossier.intake.postal.channels.HttpPostalService;
import vn.gov.dossier.intake.receipt.PrintingReceipt;
import vn.gov.dossier.intake.receipt.ReceiptPdf;
import vn.gov.dossier.intake.registration.DossierCodes;
import vn.gov.dossier.intake.registration.Dossiers;
import vn.gov.dossier.intake.registration.Drafts;
import vn.gov.dossier.intake.registration.FinishingDrafts;
import vn.gov.dossier.intake.registration.IdempotencyKeys;
import vn.gov.dossier.intake.registration.IntakeMetrics;
import vn.gov.dossier.intake.registration.ReceivingRules;
import vn.gov.dossier.intake.registration.ReferenceReceivingRules;
import vn.gov.dossier.intake.registration.IdentityCheckRequests;
import vn.gov.dossier.intake.registration.RegisteringDossier;
import vn.gov.dossier.intake.registration.VisitBook;
import vn.gov.dossier.intake.status.FollowingProcessing;
import vn.gov.dossier.intake.status.FollowingRouting;
import vn.gov.dossier.intake.status.Names;
import vn.gov.dossier.intake.status.StatusViews;
import vn.gov.dossier.platform.application.EventPublisher;
import vn.gov.dossier.platform.application.Periodically;
import vn.gov.dossier.platform.application.Role;
import vn.gov.dossier.platform.application.StoringPapers;
import vn.gov.dossier.platform.application.Transactions;
import vn.gov.dossier.platform.boot.BackgroundWork;
import vn.gov.dossier.platform.events.IncomingEvents;
import vn.gov.dossier.platform.events.IncomingEventsSupport;
import vn.gov.dossier.platform.retention.RetentionRule;
import vn.gov.dossier.platform.security.AccessRules;
import vn.gov.dossier.platform.security.Officers;
import vn.gov.dossier.reference.AdministrativeUnits;
import vn.gov.dossier.reference.Catalogue;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({IntakeProperties.class, PostalProperties.class, PaymentProperties.class, NationalSystemsProperties.class})
class IntakeConfiguration {


    /** Idempotency keys are kept {@code dossier.intake.idempotency-key-retention} (30 days). */
    /**
     * Who may call what (default deny; the public look-up is open). A clerk files and acts at their own desk, for any
     * dossier; a processor follows the dossiers of their own authority (StatusView.visibleTo); the receipt is the
     * receiving desk's (PrintingReceipt).
     */
    @Bean
    AccessRules intakeAccess() {
        return exchanges -> exchanges
                // A support team files only the online filings it helps with (RegisteringDossier), and finishes what citizens started.
                .pathMatchers(HttpMethod.POST, "/api/v1/dossiers").access(Officers.in(Role.CLERK, Role.SUPPORT))
                .pathMatchers(HttpMethod.GET, "/api/v1/drafts/*").access(Officers.in(Role.CLERK, Role.SUPPORT))
                .pathMatchers(HttpMethod.POST, "/api/v1/drafts/*/submission").access(Officers.in(Role.CLERK, Role.SUPPORT))
                .pathMatchers(HttpMethod.POST, "/api/v1/dossiers/*/supplements", "/api/v1/dossiers/*/withdrawal",
                        "/api/v1/dossiers/*/handover").access(Officers.in(Role.CLERK))
                .pathMatchers("/api/v1/dossiers/*/payments").access(Officers.in(Role.CLERK))
                // The payment platform's outcome: no token, a signature over the body (PaymentsController).
                .pathMatchers(HttpMethod.POST, "/api/v1/public/payments/callback").permitAll()
                // A citizen signed in with their electronic identity: their own dossiers only (404 for another's).
                .pathMatchers("/api/v1/citizen/**").access(Officers.citizen())
                .pathMatchers(HttpMethod.GET, "/api/v1/dossiers/*/receipt").access(Officers.in(Role.CLERK))
                .pathMatchers(HttpMethod.GET, "/api/v1/dossiers/*/papers", "/api/v1/dossiers/*/papers/*", "/api/v1/dossiers/*/result",
                        "/api/v1/dossiers/*/postal-dispatch").access(Officers.in(Role.CLERK, Role.PROCESSOR))
                .pathMatchers("/api/v1/home-visits", "/api/v1/home-visits/**").access(Officers.in(Role.CLERK))
                .pathMatchers(HttpMethod.GET, "/api/v1/dossiers/*/identity-check").access(Officers.in(Role.CLERK, Role.PROCESSOR))
                .pathMatchers(HttpMethod.GET, "/api/v1/portal-sync/backlog").access(Officers.in(Role.OPERATOR, Role.ADMIN))
                .pathMatchers(HttpMethod.POST, "/api/v1/portal-sync/*/redrive").access(Officers.in(Role.OPERATOR, Role.ADMIN))
                .pathMatchers(HttpMethod.GET, "/api/v1/postal-dispatches").access(Officers.in(Role.CLERK, Role.OPERATOR))
                .pathMatchers(HttpMethod.POST, "/api/v1/postal-dispatches/*/retry").access(Officers.in(Role.CLERK, Role.OPERATOR))
                .pathMatchers(HttpMethod.GET, "/api/v1/dossiers/*").access(Officers.in(Role.CLERK, Role.PROCESSOR))
                .pathMatchers(HttpMethod.GET, "/api/v1/appointment-preview").access(Officers.anyoneSignedIn());
    }

    /** The payment platform, behind its circuit breaker ({@code resilience4j.circuitbreaker.instances.payment}). */
    @Bean
    PaymentPlatform paymentPlatform(CircuitBreakerRegistry circuitBreakers, PaymentProperties properties) {
        return new HttpPaymentPlatform(WebClient.builder().baseUrl(properties.url()).build(), circuitBreakers.circuitBreaker("payment"),
                properties.callbackUrl());
    }

    @Bean
    CallbackSignature paymentCallbackSignature(PaymentProperties properties) {
        return new CallbackSignature(properties.callbackSecret());
    }

    @Bean
    PayingFees payingFees(Payments payments, Dossiers dossiers, PaymentPlatform platform, RefundingFees refunds, StatusViews views,
                          EventPublisher events, Transactions transactions, IntakeProperties properties, PaymentProperties payment, Clock clock) {
        return new PayingFees(payments, dossiers, platform, refunds, views, events, transactions, properties.publicBaseUrl(),
                payment.refundedOnRejection(), clock);
    }

    /** Refunds: the platform's outbound work of kind {@code refund}. */
    @Bean
    RefundingFees refundingFees(PaymentPlatform platform, Payments payments, OutboundWork outbound, Clock clock) {
        return new RefundingFees(platform, payments, outbound, clock);
    }

    /** The population database, behind its circuit breaker ({@code resilience4j.circuitbreaker.instances.population}). */
    @Bean
    PopulationRegistry populationRegistry(CircuitBreakerRegistry circuitBreakers, NationalSystemsProperties properties) {
        return new HttpPopulationRegistry(WebClient.builder().baseUrl(properties.populationUrl()).build(), circuitBreakers.circuitBreaker("population"));
    }

    @Bean
    CheckingIdentities checkingIdentities(IdentityChecks checks, PopulationRegistry registry, OutboundWork outbound, Clock clock) {
        return new CheckingIdentities(checks, registry, outbound, clock);
    }

    /** The national portal, behind its circuit breaker ({@code resilience4j.circuitbreaker.instances.portal}). */
    @Bean
    NationalPortal nationalPortal(CircuitBreakerRegistry circuitBreakers, NationalSystemsProperties properties) {
        return new HttpNationalPortal(WebClient.builder().baseUrl(properties.portalUrl()).build(), circuitBreakers.circuitBreaker("portal"));
    }

    @Bean
    SyncingWithPortal syncingWithPortal(PortalSyncs syncs, NationalPortal portal, Clock clock) {
        return new SyncingWithPortal(syncs, portal, clock);
    }

    @Bean
    BackgroundWork portalSync(SyncingWithPortal syncing, NationalSystemsProperties properties) {
        return BackgroundWork.of(() -> Periodically.every("portal sync", properties.portalSyncInterval(), syncing::syncDue));
    }

    /** {@code dossier_portal_sync_backlog}: dossiers the portal has not seen in their latest state, read every 30 s. */
    @Bean
    BackgroundWork outsideSystemGauges(PortalSyncs syncs, MeterRegistry meters) {
        AtomicLong backlog = new AtomicLong();
        Gauge.builder("dossier.portal.sync.backlog", backlog, AtomicLong::get)
                .description("Dossiers whose latest state the national portal has not received yet").register(meters);
        return BackgroundWork.of(() -> Periodically.every("outside system gauges", Duration.ofSeconds(30),
                () -> syncs.backlogSize().doOnNext(backlog::set)));
    }

    @Bean
    VisitingAtHome visitingAtHome(HomeVisits visits, Clock clock) {
        return new VisitingAtHome(visits, clock);
    }

    @Bean
    FinishingDrafts finishingDrafts(Drafts drafts, RegisteringDossier registering, Clock clock) {
        return new FinishingDrafts(drafts, registering, clock);
    }

    @Bean
    RetentionRule idempotencyKeyRetention(IntakeProperties properties) {
        return new RetentionRule("idempotency_key", "created_at", "TRUE", properties.idempotencyKeyRetention());
    }

    @Bean
    WorkingCalendar workingCalendar() {
        return WorkingCalendar.standard();
    }

    /** The replica, from the shipped catalogue overlaid by what was stored from routing's announcements (after migrations). */
    @Bean
    CatalogueReplica catalogueReplica(ReplicaStore store, FlywayMigrationInitializer migrated) {
        CatalogueReplica replica = new CatalogueReplica(Catalogue.seed());
        replica.applyAll(store.all().collectList().block(Duration.ofSeconds(30)));
        return replica;
    }

    @Bean
    ReplicatingCatalogue replicatingCatalogue(ReplicaStore store, CatalogueReplica replica) {
        return new ReplicatingCatalogue(store, replica);
    }

    /** Every half minute, what other intake instances stored (each consumes only some partitions of the topic). */
    @Bean
    BackgroundWork catalogueRefresh(ReplicatingCatalogue replicating, IntakeProperties properties) {
        return BackgroundWork.of(() -> Periodically.every("catalogue refresh", properties.catalogueRefresh(), properties.catalogueRefresh(),
                replicating::refresh));
    }

    @Bean
    AdministrativeUnits administrativeUnits() {
        return AdministrativeUnits.shipped();
    }

    @Bean
    ReceivingRules receivingRules(CatalogueReplica catalogue, AdministrativeUnits units, IntakeProperties properties) {
        return new ReferenceReceivingRules(catalogue, units, properties.cutOff(), properties.cutOffByProvince());
    }

    /** The names beside the codes in what the desks and citizens read. */
    @Bean
    Names names(CatalogueReplica catalogue) {
        return new Names(catalogue, vn.gov.dossier.reference.Names.shipped());
    }

    /** Binding {@code catalogueEvents-in-0}: routing's catalogue changes reach the replica. */
    @Bean
    Consumer<Message<byte[]>> catalogueEvents(IncomingEventsSupport support, ReplicatingCatalogue replicating) {
        return IncomingEvents.forConsumer(IntakeApplication.NAME, support)
                .on(ProcedureCatalogued.class, replicating::catalogued)
                .build();
    }

    @Bean
    RegisteringDossier registeringDossier(ReceivingRules rules, WorkingCalendar calendar, Dossiers dossiers, DossierCodes codes,
                                          IdempotencyKeys keys, EventPublisher events, Transactions transactions, IntakeMetrics metrics,
                                          StoringPapers storingPapers, VisitBook visits, IdentityCheckRequests identityChecks, Clock clock) {
        return new RegisteringDossier(rules, calendar, dossiers, codes, keys, events, transactions, metrics, storingPapers, visits, identityChecks,
                clock);
    }

    @Bean
    PrintingReceipt printingReceipt(Dossiers dossiers, StatusViews views, ReceivingRules rules, IntakeProperties properties) {
        return new PrintingReceipt(dossiers, views, rules, new ReceiptPdf(), properties.publicBaseUrl());
    }

    @Bean
    TakingDeskSteps takingDeskSteps(ReceivingRules rules, StatusViews views, EventPublisher events, Transactions transactions,
                                    PaperRecords papers, StoringPapers storingPapers, Clock clock) {
        return new TakingDeskSteps(unit -> rules.provinceOf(unit).isPresent(), views, events, transactions, papers, storingPapers, clock);
    }

    /** The postal service, behind its circuit breaker ({@code resilience4j.circuitbreaker.instances.postal}). */
    @Bean
    PostalService postalService(CircuitBreakerRegistry circuitBreakers, PostalProperties properties) {
        return new HttpPostalService(WebClient.builder().baseUrl(properties.url()).build(), circuitBreakers.circuitBreaker("postal"));
    }

    @Bean
    SendingResultsByPost sendingResultsByPost(PostalDispatches dispatches, PostalService postal, TakingDeskSteps deskSteps, OutboundWork outbound,
                                              PostalProperties properties, Clock clock) {
        return new SendingResultsByPost(dispatches, postal, deskSteps, outbound, properties.trackingInterval(), clock);
    }

    /** Results handed to the postal service: the platform's outbound work of kind {@code postal-dispatch}. */
    @Bean
    SendingResultsByPost.Dispatching postalDispatching(SendingResultsByPost sending) {
        return sending.dispatching();
    }

    /** Dispatched results followed until delivered: the platform's outbound work of kind {@code postal-tracking}. */
    @Bean
    SendingResultsByPost.Tracking postalTracking(SendingResultsByPost sending) {
        return sending.tracking();
    }

    @Bean
    FollowingProcessing followingProcessing(StatusViews views) {
        return new FollowingProcessing(views);
    }

    /**
     * Binding {@code processingEvents-in-0}: the authority's steps move the status view (and, in the same transaction, a
     * result ready to go by post gets its dispatch, and a rejection a refund where the procedure refunds); a refused desk
     * step is shown.
     */
    @Bean
    Consumer<Message<byte[]>> processingEvents(IncomingEventsSupport support, FollowingProcessing following, SendingResultsByPost byPost,
                                               PayingFees paying) {
        return IncomingEvents.forConsumer(IntakeApplication.NAME, support)
                .on(CaseStepTaken.class, event -> following.stepTaken(event).then(byPost.stepTaken(event)).then(paying.stepTaken(event)))
                .on(DeskStepRefused.class, following::deskStepRefused)
                .build();
    }

    @Bean
    FollowingRouting followingRouting(StatusViews views) {
        return new FollowingRouting(views);
    }

    /** Binding {@code routingEvents-in-0}: routing's decisions move the status view. */
    @Bean
    Consumer<Message<byte[]>> routingEvents(IncomingEventsSupport support, FollowingRouting following) {
        return IncomingEvents.forConsumer(IntakeApplication.NAME, support)
                .on(DossierRouted.class, following::routed)
                .on(RoutingFailed.class, following::routingFailed)
                .build();
    }
}
