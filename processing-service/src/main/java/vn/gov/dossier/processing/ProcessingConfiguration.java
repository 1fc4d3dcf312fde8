package vn.gov.dossier.processing;

import java.util.function.Consumer;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;
import vn.gov.dossier.calendar.WorkingCalendar;
import vn.gov.dossier.contracts.DeskStepTaken;
import vn.gov.dossier.contracts.DossierRouted;
import vn.gov.dossier.platform.application.EventPublisher;
import vn.gov.dossier.platform.application.Transactions;
import vn.gov.dossier.platform.events.IncomingEvents;
import vn.gov.dossier.platform.events.IncomingEventsSupport;
import vn.gov.dossier.processing.casework.CaseFiles;
import vn.gov.dossier.processing.casework.TakingSteps;
import vn.gov.dossier.processing.queue.Cases;
import vn.gov.dossier.processing.queue.QueueingCase;

@Configuration(proxyBeanMethods = false)
class ProcessingConfiguration {


    @Bean
    QueueingCase queueingCase(Cases cases) {
        return new QueueingCase(cases);
    }

    @Bean
    WorkingCalendar workingCalendar() {
        return WorkingCalendar.standard();
    }

    @Bean
    TakingSteps takingSteps(CaseFiles files, EventPublisher events, Transactions transactions, WorkingCalendar calendar, Clock clock) {
        return new TakingSteps(files, events, transactions, calendar, clock);
    }

    /** Binding {@code intakeEvents-in-0}: supplements, withdrawals and handovers taken at any desk. */
    @Bean
    Consumer<Message<byte[]>> intakeEvents(IncomingEventsSupport support, TakingSteps steps) {
        return IncomingEvents.forConsumer(ProcessingApplication.NAME, support)
                .on(DeskStepTaken.class, steps::deskStep)
                .build();
    }

    /** Binding {@code routingEvents-in-0}: a routed dossier opens a case in its authority's queue. */
    @Bean
    Consumer<Message<byte[]>> routingEvents(IncomingEventsSupport support, QueueingCase queueing) {
        return IncomingEvents.forConsumer(ProcessingApplication.NAME, support)
                .on(DossierRouted.class, queueing::routed)
                .build();
    }
}
