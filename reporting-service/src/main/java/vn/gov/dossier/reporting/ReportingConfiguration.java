package vn.gov.dossier.reporting;

import java.time.Clock;
import java.util.function.Consumer;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpMethod;
import org.springframework.messaging.Message;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.transaction.ReactiveTransactionManager;
import org.springframework.transaction.reactive.TransactionalOperator;
import vn.gov.dossier.contracts.CaseStepTaken;
import vn.gov.dossier.contracts.DeskStepTaken;
import vn.gov.dossier.contracts.FeePaid;
import vn.gov.dossier.contracts.DossierRouted;
import vn.gov.dossier.contracts.DossierSubmitted;
import vn.gov.dossier.contracts.RoutingFailed;
import vn.gov.dossier.platform.application.Periodically;
import vn.gov.dossier.platform.application.Role;
import vn.gov.dossier.platform.boot.BackgroundWork;
import vn.gov.dossier.platform.events.EventCodec;
import vn.gov.dossier.platform.events.IncomingEvents;
import vn.gov.dossier.platform.events.IncomingEventsSupport;
import vn.gov.dossier.platform.security.AccessRules;
import vn.gov.dossier.platform.security.Officers;
import vn.gov.dossier.reporting.targets.FollowingTargets;
import vn.gov.dossier.reporting.targets.Targets;
import vn.gov.dossier.reporting.indicators.Facts;
import vn.gov.dossier.reporting.indicators.IndicatorGauges;
import vn.gov.dossier.reporting.indicators.ProjectingEvents;
import vn.gov.dossier.reporting.indicators.ReadingIndicators;
import vn.gov.dossier.reporting.indicators.persistence.R2dbcFacts;
import vn.gov.dossier.reporting.rebuild.Rebuilding;
import vn.gov.dossier.reporting.rebuild.kafka.KafkaEventLog;
import vn.gov.dossier.reporting.rebuild.persistence.R2dbcProjectionTables;
import vn.gov.dossier.reporting.reconciliation.FindingStuckDossiers;
import vn.gov.dossier.reporting.reconciliation.StuckDossiers;
import vn.gov.dossier.reporting.reconciliation.StuckGauges;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ReportingProperties.class)
class ReportingConfiguration {

    /** The live projection tables. */
    /**
     * Who may call what (default deny): indicators for operations within their scope, a desk's own commune and a
     * processor's own authority (ReadingIndicators.readable); ratings for operations; stuck dossiers for administrators
     * and national operations; rebuilding the projections for administrators.
     */
    @Bean
    AccessRules reportingAccess() {
        return exchanges -> exchanges
                .pathMatchers(HttpMethod.GET, "/api/v1/indicators", "/api/v1/indicators.csv")
                .access(Officers.in(Role.OPERATOR, Role.CLERK, Role.PROCESSOR))
                .pathMatchers(HttpMethod.GET, "/api/v1/ratings", "/api/v1/ratings/summary", "/api/v1/rankings").access(Officers.in(Role.OPERATOR))
                .pathMatchers(HttpMethod.GET, "/api/v1/assistance").access(Officers.in(Role.OPERATOR, Role.CLERK))
                .pathMatchers("/api/v1/targets", "/api/v1/targets/**").access(Officers.in(Role.OPERATOR))
                .pathMatchers(HttpMethod.GET, "/api/v1/reconciliation").access(Officers.adminOrNationalOperator())
                .pathMatchers(HttpMethod.POST, "/api/v1/projections/rebuild").access(Officers.in(Role.ADMIN));
    }

    @Bean
    Facts facts(DatabaseClient database) {
        return new R2dbcFacts(database, "");
    }

    @Bean
    ProjectingEvents projectingEvents(Facts facts) {
        return new ProjectingEvents(facts);
    }

    @Bean
    ReadingIndicators readingIndicators(Facts facts, ReportingProperties properties, Clock clock) {
        return new ReadingIndicators(facts, properties.ratings(), clock);
    }

    @Bean
    Rebuilding rebuilding(DatabaseClient database, ReactiveTransactionManager transactions, EventCodec codec, Facts facts, Environment environment,
                          Clock clock) {
        return new Rebuilding(new KafkaEventLog(environment.getRequiredProperty("spring.kafka.bootstrap-servers"), codec),
                new R2dbcProjectionTables(database, TransactionalOperator.create(transactions)), facts, clock);
    }

    @Bean
    FollowingTargets followingTargets(Targets targets, ReadingIndicators reading, Clock clock) {
        return new FollowingTargets(targets, reading, clock);
    }

    @Bean
    BackgroundWork targetGauges(FollowingTargets following, FollowingTargets.OffTrackGauges gauges, ReportingProperties properties) {
        return BackgroundWork.of(() -> Periodically.every("target gauges", properties.gaugeRefresh(), () -> following.refresh(gauges)));
    }

    @Bean
    BackgroundWork indicatorGauges(ReadingIndicators reading, IndicatorGauges gauges, ReportingProperties properties) {
        return BackgroundWork.of(() -> Periodically.every("indicator gauges", properties.gaugeRefresh(), () -> reading.refresh(gauges)));
    }

    @Bean
    FindingStuckDossiers findingStuckDossiers(StuckDossiers stuck, ReportingProperties properties, Clock clock) {
        return new FindingStuckDossiers(stuck, properties.stuckAfter(), clock);
    }

    @Bean
    BackgroundWork stuckGauges(FindingStuckDossiers finding, StuckGauges gauges, ReportingProperties properties) {
        return BackgroundWork.of(() -> Periodically.every("stuck-dossier gauges", properties.gaugeRefresh(), () -> finding.refresh(gauges)));
    }

    /** Binding {@code intakeEvents-in-0}. */
    @Bean
    Consumer<Message<byte[]>> intakeEvents(IncomingEventsSupport support, ProjectingEvents projecting) {
        return IncomingEvents.forConsumer(ReportingApplication.NAME, support)
                .on(DossierSubmitted.class, projecting::submitted)
                .on(DeskStepTaken.class, projecting::deskStep)
                .on(FeePaid.class, projecting::feePaid)
                .build();
    }

    /** Binding {@code routingEvents-in-0}. */
    @Bean
    Consumer<Message<byte[]>> routingEvents(IncomingEventsSupport support, ProjectingEvents projecting) {
        return IncomingEvents.forConsumer(ReportingApplication.NAME, support)
                .on(DossierRouted.class, projecting::routed)
                .on(RoutingFailed.class, projecting::routingFailed)
                .build();
    }

    /** Binding {@code processingEvents-in-0}. */
    @Bean
    Consumer<Message<byte[]>> processingEvents(IncomingEventsSupport support, ProjectingEvents projecting) {
        return IncomingEvents.forConsumer(ReportingApplication.NAME, support).on(CaseStepTaken.class, projecting::stepTaken).build();
    }
}
