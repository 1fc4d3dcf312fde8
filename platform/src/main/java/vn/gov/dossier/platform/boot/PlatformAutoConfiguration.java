package vn.gov.dossier.platform.boot;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import io.r2dbc.spi.ConnectionFactory;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.flyway.autoconfigure.FlywayConnectionDetails;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.cloud.stream.binder.kafka.utils.DlqPartitionFunction;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.transaction.ReactiveTransactionManager;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;
import vn.gov.dossier.contracts.VietnamTime;
import vn.gov.dossier.platform.application.Periodically;
import vn.gov.dossier.platform.application.Traces;
import vn.gov.dossier.platform.application.Transactions;
import vn.gov.dossier.platform.events.EventCodec;
import vn.gov.dossier.platform.events.Inbox;
import vn.gov.dossier.platform.events.IncomingEventsSupport;
import vn.gov.dossier.platform.events.MessagingSchema;
import vn.gov.dossier.platform.events.Outbox;
import vn.gov.dossier.platform.events.OutboxRelay;
import vn.gov.dossier.platform.events.Redriving;
import vn.gov.dossier.platform.metrics.MetricNames;
import vn.gov.dossier.platform.web.ApiDocumentation;
import vn.gov.dossier.platform.retention.Retention;
import vn.gov.dossier.platform.retention.RetentionRule;
import vn.gov.dossier.platform.security.AccessRules;
import vn.gov.dossier.platform.security.Officers;
import vn.gov.dossier.platform.security.ResourceServerSecurity;
import vn.gov.dossier.platform.tracing.ObservedTraces;
import vn.gov.dossier.platform.web.ControlCharacterFilter;
import vn.gov.dossier.platform.web.ProblemDetailsAdvice;
import vn.gov.dossier.platform.web.RedriveController;
import vn.gov.dossier.platform.web.SecurityHeaders;

/** The platform's beans, in every service that has the platform on its class path. */
@AutoConfiguration
@EnableConfigurationProperties(PlatformProperties.class)
@Import({ProblemDetailsAdvice.class, RedriveController.class, ResourceServerSecurity.class})
public class PlatformAutoConfiguration {

    /** Each service's OpenAPI document: its name, licence, summaries and the problem+json answers of every operation. */
    @Bean
    ApiDocumentation apiDocumentation(@Value("${spring.application.name}") String application) {
        return new ApiDocumentation(application, "1");
    }

    @Bean
    MessagingSchema messagingSchema(FlywayConnectionDetails connection) {
        return MessagingSchema.migrate(connection.getJdbcUrl(), connection.getUsername(), connection.getPassword());
    }

    /**
     * The service's own migrations run after the platform's, so that one of them may move the service's rows into a
     * platform table (e.g. its pending outside calls into {@code messaging.outbound_work}).
     */
    @Bean
    @ConditionalOnMissingBean
    FlywayMigrationStrategy afterMessagingSchema(MessagingSchema schema) {
        return flyway -> flyway.migrate();
    }

    /** Vietnam's clock for every service; tests may replace it. */
    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.system(VietnamTime.ZONE);
    }

    /** A control character (NUL above all) in a query parameter is refused before any handler runs (path variables: ProblemDetailsAdvice). */
    @Bean
    ControlCharacterFilter controlCharacterFilter() {
        return new ControlCharacterFilter();
    }

    /** A re-drive republishes any province's dossiers: administrators and national operations only. */
    @Bean
    AccessRules redriveAccess() {
        return exchanges -> exchanges.pathMatchers(org.springframework.http.HttpMethod.POST, "/api/v1/redrive", "/api/v1/redrive/*")
                .access(Officers.adminOrNationalOperator());
    }

    /** The security headers on every answer, before any other filter can answer. */
    @Bean
    SecurityHeaders securityHeaders() {
        return new SecurityHeaders();
    }

    @Bean
    Redriving redriving(DatabaseClient database, MessagingSchema schema) {
        return new Redriving(database);
    }

    /** Published events are kept {@code dossier.platform.published-retention} (30 days) for a re-drive. */
    @Bean
    RetentionRule publishedRetention(PlatformProperties properties) {
        return new RetentionRule("messaging.published", "published_at", "TRUE", properties.publishedRetention());
    }

    /** Applied event ids are kept {@code dossier.platform.inbox-retention} (90 days) to recognise a redelivery. */
    @Bean
    RetentionRule inboxRetention(PlatformProperties properties) {
        return new RetentionRule("messaging.inbox", "processed_at", "TRUE", properties.inboxRetention());
    }

    @Bean
    Retention retention(DatabaseClient database, List<RetentionRule> rules, MeterRegistry meters, Clock clock) {
        return new Retention(database, rules, meters, clock);
    }

    /** Retention runs a minute after start, then every {@code dossier.platform.retention-interval} (an hour). */
    @Bean
    BackgroundWork retentionWork(Retention retention, PlatformProperties properties) {
        return BackgroundWork.of(() -> Periodically.every("retention", Duration.ofMinutes(1), properties.retentionInterval(), retention::applyOnce));
    }

    @Bean
    EventCodec eventCodec() {
        return new EventCodec();
    }

    /** Trace context stored with queued work and continued later; no tracing when tracing is switched off. */
    @Bean
    Traces traces(ObjectProvider<ObservationRegistry> observations, ObjectProvider<Tracer> tracer, ObjectProvider<Propagator> propagator) {
        ObservationRegistry registry = observations.getIfAvailable();
        Tracer activeTracer = tracer.getIfAvailable();
        Propagator activePropagator = propagator.getIfAvailable();
        if (registry == null || activeTracer == null || activePropagator == null || activeTracer == Tracer.NOOP) {
            return Traces.NONE;
        }
        return new ObservedTraces(registry, activeTracer, activePropagator);
    }

    @Bean
    Outbox outbox(DatabaseClient database, EventCodec codec, Traces traces, MessagingSchema schema) {
        return new Outbox(database, codec, traces);
    }

    @Bean
    Inbox inbox(DatabaseClient database, MessagingSchema schema) {
        return new Inbox(database);
    }

    @Bean
    TransactionalOperator platformTransactionalOperator(ReactiveTransactionManager transactionManager) {
        return TransactionalOperator.create(transactionManager);
    }

    @Bean
    Transactions transactions(TransactionalOperator platformTransactionalOperator) {
        return new Transactions() {
            @Override
            public <T> Mono<T> inTransaction(Mono<T> work) {
                return work.as(platformTransactionalOperator::transactional);
            }
        };
    }

    @Bean
    IncomingEventsSupport incomingEventsSupport(Inbox inbox, TransactionalOperator platformTransactionalOperator, EventCodec codec,
                                                MeterRegistry meters, PlatformProperties properties) {
        return new IncomingEventsSupport(inbox, platformTransactionalOperator, codec, meters, properties.consumerTimeout());
    }

    @Bean
    OutboxRelay outboxRelay(ConnectionFactory connectionFactory, DatabaseClient database, KafkaProperties kafka, MeterRegistry meters,
                            PlatformProperties properties, @Value("${spring.application.name}") String application,
                            MessagingSchema schema) {
        Map<String, Object> config = new HashMap<>(kafka.buildProducerProperties());
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5);
        config.put(ProducerConfig.LINGER_MS_CONFIG, 5);
        config.put(ProducerConfig.CLIENT_ID_CONFIG, application + "-outbox-relay");
        return new OutboxRelay(connectionFactory, database, new KafkaProducer<>(config), meters, URI.create("urn:dossier:" + application),
                properties.relayBatchSize(), properties.relayPollInterval(), properties.relaySendTimeout());
    }

    /**
     * Dead-lettered records keep their partition (the binder's documented default, which it asks for explicitly when
     * topics have several partitions), and each one is counted for operations to alert on.
     */
    @Bean
    DlqPartitionFunction deadLetterCounting(MeterRegistry meters) {
        return (group, record, error) -> {
            Counter.builder(MetricNames.DEAD_LETTERS).description("Messages a consumer could not apply, sent to a dead-letter topic, by consumer group and topic").tags("group", group, "topic", record.topic()).register(meters).increment();
            return record.partition();
        };
    }

    /** The topics this service publishes, created at start-up when missing (the broker does not auto-create). */
    @Bean
    KafkaAdmin.NewTopics publishedTopics(PlatformProperties properties) {
        return new KafkaAdmin.NewTopics(properties.publishes().stream()
                .map(topic -> {
                    TopicBuilder builder = TopicBuilder.name(topic).partitions(properties.partitions()).replicas(properties.replicationFactor());
                    return properties.compacted().contains(topic) ? builder.compact().build() : builder.build();
                })
                .toArray(NewTopic[]::new));
    }
}
