package vn.gov.dossier.reporting;

import java.util.function.Consumer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;
import vn.gov.dossier.contracts.DossierRouted;
import vn.gov.dossier.contracts.DossierSubmitted;
import vn.gov.dossier.contracts.RoutingFailed;
import vn.gov.dossier.platform.events.IncomingEvents;
import vn.gov.dossier.platform.events.IncomingEventsSupport;
import vn.gov.dossier.reporting.indicators.Facts;
import vn.gov.dossier.reporting.indicators.ProjectingEvents;

@Configuration(proxyBeanMethods = false)
class ReportingConfiguration {


    @Bean
    ProjectingEvents projectingEvents(Facts facts) {
        return new ProjectingEvents(facts);
    }

    /** Binding {@code intakeEvents-in-0}. */
    @Bean
    Consumer<Message<byte[]>> intakeEvents(IncomingEventsSupport support, ProjectingEvents projecting) {
        return IncomingEvents.forConsumer(ReportingApplication.NAME, support).on(DossierSubmitted.class, projecting::submitted).build();
    }

    /** Binding {@code routingEvents-in-0}. */
    @Bean
    Consumer<Message<byte[]>> routingEvents(IncomingEventsSupport support, ProjectingEvents projecting) {
        return IncomingEvents.forConsumer(ReportingApplication.NAME, support)
                .on(DossierRouted.class, projecting::routed)
                .on(RoutingFailed.class, projecting::routingFailed)
                .build();
    }
}
