package vn.gov.dossier.intake;

import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.reactive.function.client.WebClient;
import vn.gov.dossier.intake.identity.CheckingIdentities;
import vn.gov.dossier.intake.identity.IdentityChecks;
import vn.gov.dossier.intake.identity.PopulationRegistry;
import vn.gov.dossier.intake.identity.channels.HttpPopulationRegistry;
import vn.gov.dossier.platform.outbound.OutboundWork;
import vn.gov.dossier.intake.portal.NationalPortal;
import vn.gov.dossier.intake.portal.PortalSyncs;
import vn.gov.dossier.intake.portal.SyncingWithPortal;
import vn.gov.dossier.intake.portal.channels.HttpNationalPortal;
import vn.gov.dossier.platform.application.Periodically;
import vn.gov.dossier.platform.boot.BackgroundWork;

/** The national systems intake calls: the population database (identity checks, as outbound work) and the national portal. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(NationalSystemsProperties.class)
class NationalSystemsConfiguration {

    /** The population database, behind its circuit breaker ({@code resilience4j.circuitbreaker.instances.population}). */
    @Bean
    PopulationRegistry populationRegistry(CircuitBreakerRegistry circuitBreakers, NationalSystemsProperties properties) {
        return new HttpPopulationRegistry(WebClient.builder().baseUrl(properties.populationUrl()).build(), circuitBreakers.circuitBreaker("population"));
    }

    @Bean
    CheckingIdentities checkingIdentities(IdentityChecks checks, PopulationRegistry registry, OutboundWork outbound, Clock clock) {
        return new CheckingIdentities(checks, registry, outbound, clock);
    }

    /** The national portal, behind its circuit breaker ({@code resilience4j.circuitbreaker.instances.portal}). */
    @Bean
    NationalPortal nationalPortal(CircuitBreakerRegistry circuitBreakers, NationalSystemsProperties properties) {
        return new HttpNationalPortal(WebClient.builder().baseUrl(properties.portalUrl()).build(), circuitBreakers.circuitBreaker("portal"));
    }

    @Bean
    SyncingWithPortal syncingWithPortal(PortalSyncs syncs, NationalPortal portal, Clock clock) {
        return new SyncingWithPortal(syncs, portal, clock);
    }

    @Bean
    BackgroundWork portalSync(SyncingWithPortal syncing, NationalSystemsProperties properties) {
        return BackgroundWork.of(() -> Periodically.every("portal sync", properties.portalSyncInterval(), syncing::syncDue));
    }

    /** {@code dossier_portal_sync_backlog}: dossiers the portal has not seen in their latest state, read every 30 s. */
    @Bean
    BackgroundWork outsideSystemGauges(PortalSyncs syncs, MeterRegistry meters) {
        AtomicLong backlog = new AtomicLong();
        Gauge.builder("dossier.portal.sync.backlog", backlog, AtomicLong::get)
                .description("Dossiers whose latest state the national portal has not received yet").register(meters);
        return BackgroundWork.of(() -> Periodically.every("outside system gauges", Duration.ofSeconds(30),
                () -> syncs.backlogSize().doOnNext(backlog::set)));
    }
}
