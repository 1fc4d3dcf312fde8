package vn.gov.dossier.notification;

import java.util.List;
import java.util.function.Consumer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;
import vn.gov.dossier.contracts.DossierRouted;
import vn.gov.dossier.contracts.DossierSubmitted;
import vn.gov.dossier.notification.delivery.Deliveries;
import vn.gov.dossier.notification.delivery.DeliveryChannel;
import vn.gov.dossier.notification.delivery.LoggingSender;
import vn.gov.dossier.notification.delivery.NotifyingParticipants;
import vn.gov.dossier.platform.events.IncomingEvents;
import vn.gov.dossier.platform.events.IncomingEventsSupport;

@Configuration(proxyBeanMethods = false)
class NotificationConfiguration {

    @Bean
    NotifyingParticipants notifyingParticipants(Deliveries deliveries) {
        return new NotifyingParticipants(List.of(new LoggingSender(DeliveryChannel.SMS), new LoggingSender(DeliveryChannel.EMAIL),
                new LoggingSender(DeliveryChannel.INBOX)), deliveries);
    }

    /** Binding {@code intakeEvents-in-0}. */
    @Bean
    Consumer<Message<byte[]>> intakeEvents(IncomingEventsSupport support, NotifyingParticipants notifying) {
        return IncomingEvents.forConsumer(NotificationApplication.NAME, support).on(DossierSubmitted.class, notifying::submitted).build();
    }

    /** Binding {@code routingEvents-in-0}. */
    @Bean
    Consumer<Message<byte[]>> routingEvents(IncomingEventsSupport support, NotifyingParticipants notifying) {
        return IncomingEvents.forConsumer(NotificationApplication.NAME, support).on(DossierRouted.class, notifying::routed).build();
    }
}
