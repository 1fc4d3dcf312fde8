package vn.gov.dossier.intake;

import java.util.function.Consumer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;
import vn.gov.dossier.contracts.CaseStepTaken;
import vn.gov.dossier.contracts.DeskStepRefused;
import vn.gov.dossier.contracts.DossierRouted;
import vn.gov.dossier.contracts.ResultDelivered;
import vn.gov.dossier.contracts.RoutingFailed;
import vn.gov.dossier.intake.deskwork.TakingDeskSteps;
import vn.gov.dossier.intake.payments.PayingFees;
import vn.gov.dossier.intake.registration.Dossiers;
import vn.gov.dossier.intake.status.FollowingProcessing;
import vn.gov.dossier.intake.status.FollowingRouting;
import vn.gov.dossier.platform.events.IncomingEvents;
import vn.gov.dossier.platform.events.IncomingEventsSupport;

/**
 * What intake learns from routing, processing and the national systems: the status view moves, the features that
 * follow an authority's step act, and a result the post delivered is handed over.
 */
@Configuration(proxyBeanMethods = false)
class FollowingConfiguration {

    @Bean
    FollowingProcessing followingProcessing(Dossiers dossiers) {
        return new FollowingProcessing(dossiers);
    }

    /**
     * Binding {@code processingEvents-in-0}: the authority's steps move the status view (and, in the same transaction, a
     * rejection gets a refund where the procedure refunds); a refused desk step is shown.
     */
    @Bean
    Consumer<Message<byte[]>> processingEvents(IncomingEventsSupport support, FollowingProcessing following, PayingFees paying) {
        return IncomingEvents.forConsumer(IntakeApplication.NAME, support)
                .on(CaseStepTaken.class, event -> following.stepTaken(event).then(paying.stepTaken(event)))
                .on(DeskStepRefused.class, following::deskStepRefused)
                .build();
    }

    @Bean
    FollowingRouting followingRouting(Dossiers dossiers) {
        return new FollowingRouting(dossiers);
    }

    /** Binding {@code routingEvents-in-0}: routing's decisions move the status view. */
    @Bean
    Consumer<Message<byte[]>> routingEvents(IncomingEventsSupport support, FollowingRouting following) {
        return IncomingEvents.forConsumer(IntakeApplication.NAME, support)
                .on(DossierRouted.class, following::routed)
                .on(RoutingFailed.class, following::routingFailed)
                .build();
    }

    /** Binding {@code exchangeEvents-in-0}: a result the postal service delivered is handed over by the desk that received the dossier. */
    @Bean
    Consumer<Message<byte[]>> exchangeEvents(IncomingEventsSupport support, TakingDeskSteps deskSteps) {
        return IncomingEvents.forConsumer(IntakeApplication.NAME, support)
                .on(ResultDelivered.class, event -> deskSteps.handedOverByPost(event.dossierCode(), event.receivingUnitCode(), event.trackingNumber())
                        .then())
                .build();
    }
}
