package vn.gov.dossier.intake;

import java.util.function.Consumer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;
import vn.gov.dossier.contracts.CaseStepTaken;
import vn.gov.dossier.contracts.DeskStepRefused;
import vn.gov.dossier.contracts.DossierRouted;
import vn.gov.dossier.contracts.RoutingFailed;
import vn.gov.dossier.intake.payments.PayingFees;
import vn.gov.dossier.intake.postal.SendingResultsByPost;
import vn.gov.dossier.intake.status.FollowingProcessing;
import vn.gov.dossier.intake.status.FollowingRouting;
import vn.gov.dossier.intake.status.StatusViews;
import vn.gov.dossier.platform.events.IncomingEvents;
import vn.gov.dossier.platform.events.IncomingEventsSupport;

/** What intake learns from routing and processing: the status view moves, and the features that follow an authority's step. */
@Configuration(proxyBeanMethods = false)
class FollowingConfiguration {

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
