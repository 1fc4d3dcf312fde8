package vn.gov.dossier.intake;

import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import java.time.Clock;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.reactive.function.client.WebClient;
import vn.gov.dossier.intake.deskwork.TakingDeskSteps;
import vn.gov.dossier.platform.outbound.OutboundWork;
import vn.gov.dossier.intake.postal.PostalDispatches;
import vn.gov.dossier.intake.postal.PostalService;
import vn.gov.dossier.intake.postal.SendingResultsByPost;
import vn.gov.dossier.intake.postal.channels.HttpPostalService;

/** Results by post: the postal service, and dispatch and tracking as outbound work. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PostalProperties.class)
class PostalConfiguration {

    /** The postal service, behind its circuit breaker ({@code resilience4j.circuitbreaker.instances.postal}). */
    @Bean
    PostalService postalService(CircuitBreakerRegistry circuitBreakers, PostalProperties properties) {
        return new HttpPostalService(WebClient.builder().baseUrl(properties.url()).build(), circuitBreakers.circuitBreaker("postal"));
    }

    @Bean
    SendingResultsByPost sendingResultsByPost(PostalDispatches dispatches, PostalService postal, TakingDeskSteps deskSteps, OutboundWork outbound,
                                              PostalProperties properties, Clock clock) {
        return new SendingResultsByPost(dispatches, postal, deskSteps, outbound, properties.trackingInterval(), clock);
    }

    /** Results handed to the postal service: the platform's outbound work of kind {@code postal-dispatch}. */
    @Bean
    SendingResultsByPost.Dispatching postalDispatching(SendingResultsByPost sending) {
        return sending.dispatching();
    }

    /** Dispatched results followed until delivered: the platform's outbound work of kind {@code postal-tracking}. */
    @Bean
    SendingResultsByPost.Tracking postalTracking(SendingResultsByPost sending) {
        return sending.tracking();
    }
}
