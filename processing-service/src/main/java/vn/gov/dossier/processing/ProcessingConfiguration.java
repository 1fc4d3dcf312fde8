package vn.gov.dossier.processing;

import java.time.Clock;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.messaging.Message;
import vn.gov.dossier.calendar.WorkingCalendar;
import vn.gov.dossier.contracts.DeskStepTaken;
import vn.gov.dossier.contracts.DossierRouted;
import vn.gov.dossier.contracts.DossierSubmitted;
import vn.gov.dossier.platform.application.EventPublisher;
import vn.gov.dossier.platform.application.Periodically;
import vn.gov.dossier.platform.application.Role;
import vn.gov.dossier.platform.application.Transactions;
import vn.gov.dossier.platform.boot.BackgroundWork;
import vn.gov.dossier.platform.events.IncomingEvents;
import vn.gov.dossier.platform.events.IncomingEventsSupport;
import vn.gov.dossier.platform.security.AccessRules;
import vn.gov.dossier.platform.security.Officers;
import vn.gov.dossier.processing.applicant.ApplicantFiles;
import vn.gov.dossier.processing.applicant.KeepingApplicantFiles;
import vn.gov.dossier.processing.casework.CaseFiles;
import vn.gov.dossier.processing.casework.CaseMetrics;
import vn.gov.dossier.processing.casework.TakingSteps;
import vn.gov.dossier.processing.deadline.Deadlines;
import vn.gov.dossier.processing.deadline.DueSoon;
import vn.gov.dossier.processing.deadline.FlaggingDeadlines;
import vn.gov.dossier.processing.queue.Cases;
import vn.gov.dossier.processing.queue.CountingQueues;
import vn.gov.dossier.processing.queue.QueueMetrics;
import vn.gov.dossier.processing.queue.QueueingCase;
import vn.gov.dossier.processing.result.CaseResults;
import vn.gov.dossier.processing.result.ResultSigner;
import vn.gov.dossier.processing.result.signing.AuthorityKeys;
import vn.gov.dossier.processing.result.signing.DevelopmentAuthorityKeys;
import vn.gov.dossier.processing.result.signing.KeyStoreAuthorityKeys;
import vn.gov.dossier.processing.result.signing.PadesResultSigner;
import vn.gov.dossier.reference.Names;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({ProcessingProperties.class, SigningProperties.class})
class ProcessingConfiguration {

    private static final Logger log = LoggerFactory.getLogger(ProcessingConfiguration.class);

    /** The names beside the codes on the queue and the case: procedures from the shipped catalogue, communes from the units. */
    @Bean
    Names names() {
        return Names.shipped();
    }

    /**
     * Who may call what (default deny): processors, on their own authority's queue and cases only (QueueController,
     * TakingSteps: another authority's answers 404).
     */
    @Bean
    AccessRules processingAccess() {
        return exchanges -> exchanges
                .pathMatchers(HttpMethod.GET, "/api/v1/authorities/*/cases", "/api/v1/cases/*", "/api/v1/cases/*/papers/*")
                .access(Officers.in(Role.PROCESSOR))
                .pathMatchers(HttpMethod.POST, "/api/v1/cases/*/accept", "/api/v1/cases/*/supplement-request", "/api/v1/cases/*/decision",
                        "/api/v1/cases/*/result-ready", "/api/v1/cases/*/extension").access(Officers.in(Role.PROCESSOR));
    }

    @Bean
    QueueingCase queueingCase(Cases cases) {
        return new QueueingCase(cases);
    }

    @Bean
    WorkingCalendar workingCalendar() {
        return WorkingCalendar.standard();
    }

    @Bean
    TakingSteps takingSteps(CaseFiles files, EventPublisher events, Transactions transactions, WorkingCalendar calendar, CaseMetrics metrics,
                            CaseResults results, Clock clock) {
        return new TakingSteps(files, events, transactions, calendar, metrics, results, clock);
    }

    /** The authorities' signing keys: the configured key store, or else the development certificate authority. */
    @Bean
    AuthorityKeys authorityKeys(SigningProperties properties) {
        if (properties.keyStore() != null) {
            return new KeyStoreAuthorityKeys(properties.keyStore(), properties.keyStorePassword().toCharArray());
        }
        log.warn("results are signed with development keys from {} (set dossier.signing.key-store in production)", properties.developmentFolder());
        return new DevelopmentAuthorityKeys(properties.developmentFolder(), properties.keyStorePassword().toCharArray());
    }

    @Bean
    ResultSigner resultSigner(AuthorityKeys keys) {
        return new PadesResultSigner(keys);
    }

    @Bean
    DueSoon dueSoon(WorkingCalendar calendar, ProcessingProperties properties) {
        return new DueSoon(calendar, properties.dueSoon());
    }

    @Bean
    FlaggingDeadlines flaggingDeadlines(Deadlines deadlines, EventPublisher events, Transactions transactions, DueSoon dueSoon, Clock clock) {
        return new FlaggingDeadlines(deadlines, events, transactions, dueSoon, clock);
    }

    /** The deadline watch, on every instance: the rows it flags are claimed with SKIP LOCKED, so instances never flag twice. */
    @Bean
    BackgroundWork deadlineWatch(FlaggingDeadlines flagging, ProcessingProperties properties) {
        return BackgroundWork.of(() -> flagging.every(properties.deadlineWatch()));
    }

    @Bean
    CountingQueues countingQueues(Cases cases, QueueMetrics metrics, DueSoon dueSoon, Clock clock) {
        return new CountingQueues(cases, metrics, dueSoon, clock);
    }

    @Bean
    BackgroundWork queueGauges(CountingQueues counting, ProcessingProperties properties) {
        return BackgroundWork.of(() -> Periodically.every("queue gauges", properties.gaugeRefresh(), counting::refresh));
    }

    /**
     * Binding {@code intakeEvents-in-0}: the applicant's file and papers from the submission; supplements (with their
     * papers), withdrawals and handovers taken at any desk.
     */
    @Bean
    Consumer<Message<byte[]>> intakeEvents(IncomingEventsSupport support, TakingSteps steps, KeepingApplicantFiles applicants) {
        return IncomingEvents.forConsumer(ProcessingApplication.NAME, support)
                .on(DossierSubmitted.class, applicants::submitted)
                .on(DeskStepTaken.class, event -> applicants.deskStep(event).then(steps.deskStep(event)))
                .build();
    }

    @Bean
    KeepingApplicantFiles keepingApplicantFiles(ApplicantFiles files) {
        return new KeepingApplicantFiles(files);
    }

    /**
     * Binding {@code routingEvents-in-0}: a routed dossier opens a case in its authority's queue, closed at once if its
     * citizen already withdrew it at a desk (both in the consumer's one transaction).
     */
    @Bean
    Consumer<Message<byte[]>> routingEvents(IncomingEventsSupport support, QueueingCase queueing, TakingSteps steps) {
        return IncomingEvents.forConsumer(ProcessingApplication.NAME, support)
                .on(DossierRouted.class, routed -> queueing.routed(routed).then(steps.withdrawIfHeld(routed.dossierId())))
                .build();
    }
}
