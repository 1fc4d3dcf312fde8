package vn.gov.dossier.platform.outbound;

import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.micrometer.core.instrument.MeterRegistry;
import io.r2dbc.spi.ConnectionFactory;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.reactivestreams.Publisher;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpMethod;
import org.springframework.r2dbc.core.DatabaseClient;
import vn.gov.dossier.platform.application.Periodically;
import vn.gov.dossier.platform.application.Role;
import vn.gov.dossier.platform.application.Traces;
import vn.gov.dossier.platform.application.Transactions;
import vn.gov.dossier.platform.boot.BackgroundWork;
import vn.gov.dossier.platform.boot.PlatformAutoConfiguration;
import vn.gov.dossier.platform.events.MessagingSchema;
import vn.gov.dossier.platform.retention.RetentionRule;
import vn.gov.dossier.platform.security.AccessRules;
import vn.gov.dossier.platform.security.Officers;
import vn.gov.dossier.platform.web.OutboundWorkController;

/** The outbound work queue in every service; its workers, metrics and operations API where a service has handlers. */
@AutoConfiguration(after = PlatformAutoConfiguration.class)
@EnableConfigurationProperties(OutboundProperties.class)
public class OutboundAutoConfiguration {

    @Bean
    OutboundWork outboundWork(DatabaseClient database, Traces traces, Clock clock, MessagingSchema schema) {
        return new OutboundWork(database, traces, clock);
    }

    /** Finished work is kept {@code dossier.outbound.done-retention} (30 days); FAILED work stays until re-driven. */
    @Bean
    RetentionRule outboundWorkRetention(OutboundProperties properties) {
        return new RetentionRule("messaging.outbound_work", "finished_at", "status = 'DONE'", properties.doneRetention());
    }

    /** The workers, one loop per kind, and the gauges, for a service that does outbound work. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnBean(WorkHandler.class)
    @Import(OutboundWorkController.class)
    static class Workers {

        @Bean
        OutboundMetrics outboundMetrics(MeterRegistry meters, OutboundWork work, List<WorkHandler> handlers,
                                        ObjectProvider<CircuitBreakerRegistry> breakers) {
            return new OutboundMetrics(meters, work, handlers, Optional.ofNullable(breakers.getIfAvailable()));
        }

        @Bean
        OutboundWorkers outboundWorkers(OutboundWork work, Transactions transactions, Traces traces, OutboundMetrics metrics, Clock clock) {
            return new OutboundWorkers(work, transactions, traces, metrics, clock);
        }

        @Bean
        WorkNotifications workNotifications(ConnectionFactory connections) {
            return new WorkNotifications(connections);
        }

        @Bean
        BackgroundWork outboundWorkLoops(OutboundWorkers workers, WorkNotifications notifications, List<WorkHandler> handlers,
                                         OutboundMetrics metrics, OutboundProperties properties) {
            List<Supplier<? extends Publisher<?>>> loops = new ArrayList<>();
            for (WorkHandler handler : handlers) {
                WorkPolicy policy = properties.policyOf(handler);
                loops.add(() -> workers.run(handler, policy, notifications.kinds()));
            }
            loops.add(() -> Periodically.every("outbound work gauges", properties.metricsInterval(), metrics::refresh));
            return BackgroundWork.allOf(loops);
        }

        /** Operators list and re-drive their province's items; the administrator and national operations every one. */
        @Bean
        AccessRules outboundWorkAccess() {
            return exchanges -> exchanges
                    .pathMatchers(HttpMethod.GET, "/api/v1/outbound-work", "/api/v1/outbound-work/**").access(Officers.in(Role.ADMIN, Role.OPERATOR))
                    .pathMatchers(HttpMethod.POST, "/api/v1/outbound-work/*/redrive").access(Officers.in(Role.ADMIN, Role.OPERATOR));
        }
    }
}
