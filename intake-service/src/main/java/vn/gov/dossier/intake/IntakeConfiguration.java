package vn.gov.dossier.intake;

import java.time.Clock;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import vn.gov.dossier.calendar.WorkingCalendar;
import vn.gov.dossier.intake.deskwork.TakingDeskSteps;
import vn.gov.dossier.intake.homevisits.HomeVisits;
import vn.gov.dossier.intake.homevisits.VisitingAtHome;
import vn.gov.dossier.intake.papers.PaperRecords;
import vn.gov.dossier.intake.receipt.PrintingReceipt;
import vn.gov.dossier.intake.receipt.ReceiptPdf;
import vn.gov.dossier.intake.registration.DossierCodes;
import vn.gov.dossier.intake.registration.Dossiers;
import vn.gov.dossier.intake.registration.Drafts;
import vn.gov.dossier.intake.registration.FinishingDrafts;
import vn.gov.dossier.intake.registration.IdempotencyKeys;
import vn.gov.dossier.intake.registration.IntakeMetrics;
import vn.gov.dossier.intake.registration.ReceivingRules;
import vn.gov.dossier.intake.registration.RegisteringDossier;
import vn.gov.dossier.intake.registration.VisitBook;
import vn.gov.dossier.intake.status.StatusViews;
import vn.gov.dossier.platform.application.EventPublisher;
import vn.gov.dossier.platform.application.Role;
import vn.gov.dossier.platform.application.StoringPapers;
import vn.gov.dossier.platform.application.Transactions;
import vn.gov.dossier.platform.retention.RetentionRule;
import vn.gov.dossier.platform.security.AccessRules;
import vn.gov.dossier.platform.security.Officers;

/** Filing and the desk: who may call what, registration, receipts, desk steps, home visits and drafts. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(IntakeProperties.class)
class IntakeConfiguration {

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
                .pathMatchers(HttpMethod.GET, "/api/v1/dossiers/*/papers", "/api/v1/dossiers/*/papers/*", "/api/v1/dossiers/*/result")
                .access(Officers.in(Role.CLERK, Role.PROCESSOR))
                .pathMatchers("/api/v1/home-visits", "/api/v1/home-visits/**").access(Officers.in(Role.CLERK))
                // Moved to exchange-service: any officer is told so (404 naming it), rather than refused.
                .pathMatchers("/api/v1/dossiers/*/identity-check", "/api/v1/dossiers/*/postal-dispatch", "/api/v1/postal-dispatches",
                        "/api/v1/postal-dispatches/*/retry", "/api/v1/portal-sync/**").access(Officers.anyOfficer())
                .pathMatchers(HttpMethod.GET, "/api/v1/dossiers/*").access(Officers.in(Role.CLERK, Role.PROCESSOR))
                .pathMatchers(HttpMethod.GET, "/api/v1/appointment-preview").access(Officers.anyoneSignedIn());
    }

    @Bean
    VisitingAtHome visitingAtHome(HomeVisits visits, Clock clock) {
        return new VisitingAtHome(visits, clock);
    }

    @Bean
    FinishingDrafts finishingDrafts(Drafts drafts, RegisteringDossier registering, Clock clock) {
        return new FinishingDrafts(drafts, registering, clock);
    }

    /** Idempotency keys are kept {@code dossier.intake.idempotency-key-retention} (30 days). */
    @Bean
    RetentionRule idempotencyKeyRetention(IntakeProperties properties) {
        return new RetentionRule("idempotency_key", "created_at", "TRUE", properties.idempotencyKeyRetention());
    }

    @Bean
    WorkingCalendar workingCalendar() {
        return WorkingCalendar.standard();
    }

    @Bean
    RegisteringDossier registeringDossier(ReceivingRules rules, WorkingCalendar calendar, Dossiers dossiers, DossierCodes codes,
                                          IdempotencyKeys keys, EventPublisher events, Transactions transactions, IntakeMetrics metrics,
                                          StoringPapers storingPapers, VisitBook visits, Clock clock) {
        return new RegisteringDossier(rules, calendar, dossiers, codes, keys, events, transactions, metrics, storingPapers, visits, clock);
    }

    @Bean
    PrintingReceipt printingReceipt(Dossiers dossiers, StatusViews views, ReceivingRules rules, IntakeProperties properties) {
        return new PrintingReceipt(dossiers, views, rules, new ReceiptPdf(), properties.publicBaseUrl());
    }

    @Bean
    TakingDeskSteps takingDeskSteps(ReceivingRules rules, Dossiers dossiers, StatusViews views, EventPublisher events, Transactions transactions,
                                    PaperRecords papers, StoringPapers storingPapers, Clock clock) {
        return new TakingDeskSteps(unit -> rules.provinceOf(unit).isPresent(), dossiers, views, events, transactions, papers, storingPapers, clock);
    }
}
