package vn.gov.dossier.intake;

import java.time.Clock;
import java.util.function.Consumer;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;
import vn.gov.dossier.calendar.WorkingCalendar;
import vn.gov.dossier.contracts.DossierRouted;
import vn.gov.dossier.contracts.RoutingFailed;
import vn.gov.dossier.intake.receipt.PrintingReceipt;
import vn.gov.dossier.intake.receipt.ReceiptPdf;
import vn.gov.dossier.intake.registration.DossierCodes;
import vn.gov.dossier.intake.registration.Dossiers;
import vn.gov.dossier.intake.registration.IdempotencyKeys;
import vn.gov.dossier.intake.registration.ReceivingRules;
import vn.gov.dossier.intake.registration.ReferenceReceivingRules;
import vn.gov.dossier.intake.registration.RegisteringDossier;
import vn.gov.dossier.intake.status.FollowingRouting;
import vn.gov.dossier.intake.status.StatusViews;
import vn.gov.dossier.platform.application.EventPublisher;
import vn.gov.dossier.platform.application.Transactions;
import vn.gov.dossier.platform.events.IncomingEvents;
import vn.gov.dossier.platform.events.IncomingEventsSupport;
import vn.gov.dossier.reference.AdministrativeUnits;
import vn.gov.dossier.reference.Catalogue;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(IntakeProperties.class)
class IntakeConfiguration {


    @Bean
    WorkingCalendar workingCalendar() {
        return WorkingCalendar.standard();
    }

    @Bean
    ReceivingRules receivingRules(IntakeProperties properties) {
        return new ReferenceReceivingRules(Catalogue.seed(), AdministrativeUnits.current(), properties.cutOff(), properties.cutOffByProvince());
    }

    @Bean
    RegisteringDossier registeringDossier(ReceivingRules rules, WorkingCalendar calendar, Dossiers dossiers, DossierCodes codes,
                                          IdempotencyKeys keys, EventPublisher events, Transactions transactions, Clock clock) {
        return new RegisteringDossier(rules, calendar, dossiers, codes, keys, events, transactions, clock);
    }

    @Bean
    PrintingReceipt printingReceipt(Dossiers dossiers, StatusViews views, ReceivingRules rules, IntakeProperties properties) {
        return new PrintingReceipt(dossiers, views, rules, new ReceiptPdf(), properties.publicBaseUrl());
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
