package vn.gov.dossier.notification;

import io.github.resilience4j.bulkhead.BulkheadRegistry;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.retry.RetryRegistry;
import java.time.Clock;
import java.util.Locale;
import java.util.function.Consumer;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.messaging.Message;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.web.reactive.function.client.WebClient;
import vn.gov.dossier.contracts.CaseDeadlineFlagged;
import vn.gov.dossier.contracts.CaseStepTaken;
import vn.gov.dossier.contracts.DeskStepTaken;
import vn.gov.dossier.contracts.DossierRouted;
import vn.gov.dossier.contracts.DossierSubmitted;
import vn.gov.dossier.notification.delivery.Deliveries;
import vn.gov.dossier.notification.delivery.DeliveryMetrics;
import vn.gov.dossier.notification.delivery.Dossiers;
import vn.gov.dossier.notification.delivery.Names;
import vn.gov.dossier.notification.delivery.NoticeSender;
import vn.gov.dossier.notification.delivery.NoticeTemplates;
import vn.gov.dossier.notification.delivery.NoticeWork;
import vn.gov.dossier.notification.delivery.NotifyingParticipants;
import vn.gov.dossier.notification.delivery.SendingNotices;
import vn.gov.dossier.notification.delivery.channels.InAppInboxSender;
import vn.gov.dossier.notification.delivery.channels.ResilientSender;
import vn.gov.dossier.notification.delivery.channels.SmsGatewaySender;
import vn.gov.dossier.notification.delivery.channels.SmtpSender;
import vn.gov.dossier.notification.delivery.templates.MustacheNoticeTemplates;
import vn.gov.dossier.platform.application.Role;
import vn.gov.dossier.platform.events.IncomingEvents;
import vn.gov.dossier.platform.events.IncomingEventsSupport;
import vn.gov.dossier.platform.outbound.OutboundProperties;
import vn.gov.dossier.platform.outbound.WorkKind;
import vn.gov.dossier.platform.retention.RetentionRule;
import vn.gov.dossier.platform.security.AccessRules;
import vn.gov.dossier.platform.security.Officers;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(NotificationProperties.class)
class NotificationConfiguration {

    /** Sent and failed deliveries are kept {@code dossier.notification.delivery-retention} (a year); pending ones always. */
    /**
     * Who may call what (default deny): a dossier's delivery log for its desk, its authority and its province's
     * operations (DossierAudience); resending for operations; an inbox for its own unit's officers (InboxController).
     */
    @Bean
    AccessRules notificationAccess() {
        return exchanges -> exchanges
                .pathMatchers(HttpMethod.GET, "/api/v1/notifications").access(Officers.in(Role.CLERK, Role.PROCESSOR, Role.OPERATOR))
                .pathMatchers(HttpMethod.POST, "/api/v1/notifications/*/resend").access(Officers.in(Role.OPERATOR))
                .pathMatchers(HttpMethod.GET, "/api/v1/inbox/*").access(Officers.in(Role.PROCESSOR, Role.CLERK));
    }

    @Bean
    RetentionRule deliveryRetention(NotificationProperties properties) {
        return new RetentionRule("delivery", "at", "status IN ('SENT', 'FAILED')", properties.deliveryRetention());
    }

    @Bean
    RetentionRule inboxMessageRetention(NotificationProperties properties) {
        return new RetentionRule("inbox_message", "at", "TRUE", properties.deliveryRetention());
    }

    @Bean
    NotifyingParticipants notifyingParticipants(Deliveries deliveries, Dossiers dossiers, NotificationProperties properties) {
        return new NotifyingParticipants(deliveries, dossiers, properties.publicBaseUrl());
    }

    @Bean
    NoticeTemplates noticeTemplates(NotificationProperties properties) {
        return new MustacheNoticeTemplates(properties.english());
    }

    /**
     * The three channels' notices, each its own kind of outbound work ({@code notice-sms}, {@code notice-email},
     * {@code notice-inbox}) behind its own bulkhead, circuit breaker and retry (named {@code sms}, {@code email},
     * {@code inbox}): a channel that is down holds up no other.
     */
    @Bean
    SendingNotices smsNotices(NotificationProperties properties, Channels channels) {
        WebClient gateway = WebClient.builder().baseUrl(properties.smsGatewayUrl()).build();
        return channels.sending(new SmsGatewaySender(gateway, properties.smsSender(), properties.smsUnicode(), properties.smsTimeout()));
    }

    @Bean
    SendingNotices emailNotices(NotificationProperties properties, JavaMailSender mail, Channels channels) {
        return channels.sending(new SmtpSender(mail, properties.mailFrom()));
    }

    @Bean
    SendingNotices inboxNotices(DatabaseClient database, Clock clock, Channels channels) {
        return channels.sending(new InAppInboxSender(database, clock));
    }

    @Bean
    Channels channels(BulkheadRegistry bulkheads, CircuitBreakerRegistry circuitBreakers, RetryRegistry retries, Deliveries deliveries,
                      NoticeTemplates templates, DeliveryMetrics metrics, OutboundProperties outbound, Clock clock) {
        return new Channels(bulkheads, circuitBreakers, retries, deliveries, templates, metrics, outbound, Names.fromReferenceData(), clock);
    }

    /** Puts a channel behind its resilience and makes its notices a kind of outbound work. */
    record Channels(BulkheadRegistry bulkheads, CircuitBreakerRegistry circuitBreakers, RetryRegistry retries, Deliveries deliveries,
                    NoticeTemplates templates, DeliveryMetrics metrics, OutboundProperties outbound, Names names, Clock clock) {

        SendingNotices sending(NoticeSender plain) {
            String name = plain.channel().name().toLowerCase(Locale.ROOT);
            NoticeSender resilient = new ResilientSender(plain, bulkheads.bulkhead(name), circuitBreakers.circuitBreaker(name), retries.retry(name));
            String kind = NoticeWork.kind(plain.channel());
            WorkKind work = new WorkKind(kind, outbound.policyOf(kind, SendingNotices.defaultPolicy()), name);
            return new SendingNotices(resilient, deliveries, templates, metrics, work, names, clock);
        }
    }

    /** Binding {@code intakeEvents-in-0}. */
    @Bean
    Consumer<Message<byte[]>> intakeEvents(IncomingEventsSupport support, NotifyingParticipants notifying) {
        return IncomingEvents.forConsumer(NotificationApplication.NAME, support)
                .on(DossierSubmitted.class, notifying::submitted)
                .on(DeskStepTaken.class, notifying::deskStep)
                .build();
    }

    /** Binding {@code routingEvents-in-0}. */
    @Bean
    Consumer<Message<byte[]>> routingEvents(IncomingEventsSupport support, NotifyingParticipants notifying) {
        return IncomingEvents.forConsumer(NotificationApplication.NAME, support).on(DossierRouted.class, notifying::routed).build();
    }

    /** Binding {@code processingEvents-in-0}. */
    @Bean
    Consumer<Message<byte[]>> processingEvents(IncomingEventsSupport support, NotifyingParticipants notifying) {
        return IncomingEvents.forConsumer(NotificationApplication.NAME, support)
                .on(CaseStepTaken.class, notifying::stepTaken)
                .on(CaseDeadlineFlagged.class, notifying::deadlineFlagged)
                .build();
    }
}
