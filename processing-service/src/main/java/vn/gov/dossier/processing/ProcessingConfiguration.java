package vn.gov.dossier.processing;

import java.util.function.Consumer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;
import vn.gov.dossier.contracts.DossierRouted;
import vn.gov.dossier.platform.events.IncomingEvents;
import vn.gov.dossier.platform.events.IncomingEventsSupport;
import vn.gov.dossier.processing.queue.Cases;
import vn.gov.dossier.processing.queue.QueueingCase;

@Configuration(proxyBeanMethods = false)
class ProcessingConfiguration {


    @Bean
    QueueingCase queueingCase(Cases cases) {
        return new QueueingCase(cases);
    }

    /** Binding {@code routingEvents-in-0}: a routed dossier opens a case in its authority's queue. */
    @Bean
    Consumer<Message<byte[]>> routingEvents(IncomingEventsSupport support, QueueingCase queueing) {
        return IncomingEvents.forConsumer(ProcessingApplication.NAME, support)
                .on(DossierRouted.class, queueing::routed)
                .build();
    }
}
