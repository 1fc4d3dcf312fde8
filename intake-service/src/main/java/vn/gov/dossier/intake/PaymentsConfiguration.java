package vn.gov.dossier.intake;

import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import java.time.Clock;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.gov.dossier.intake.payments.CallbackSignature;
import vn.gov.dossier.intake.payments.PayingFees;
import vn.gov.dossier.intake.payments.PaymentPlatform;
import vn.gov.dossier.intake.payments.Payments;
import vn.gov.dossier.intake.payments.RefundingFees;
import vn.gov.dossier.intake.payments.channels.HttpPaymentPlatform;
import vn.gov.dossier.intake.registration.Dossiers;
import vn.gov.dossier.intake.status.StatusViews;
import vn.gov.dossier.platform.application.EventPublisher;
import vn.gov.dossier.platform.application.Transactions;
import vn.gov.dossier.platform.outbound.OutboundWork;
import vn.gov.dossier.platform.outbound.OutsideSystem;

/** Fees paid online and refunded: the payment platform and its callback, paying, and refunds as outbound work. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PaymentProperties.class)
class PaymentsConfiguration {

    /** The payment platform, behind its circuit breaker ({@code resilience4j.circuitbreaker.instances.payment}). */
    @Bean
    PaymentPlatform paymentPlatform(CircuitBreakerRegistry circuitBreakers, PaymentProperties properties) {
        return new HttpPaymentPlatform(OutsideSystem.at(properties.url(), circuitBreakers.circuitBreaker(PaymentPlatform.NAME)), properties.callbackUrl());
    }

    @Bean
    CallbackSignature paymentCallbackSignature(PaymentProperties properties) {
        return new CallbackSignature(properties.callbackSecret());
    }

    @Bean
    PayingFees payingFees(Payments payments, Dossiers dossiers, PaymentPlatform platform, RefundingFees refunds, StatusViews views,
                          EventPublisher events, Transactions transactions, IntakeProperties properties, PaymentProperties payment, Clock clock) {
        return new PayingFees(payments, dossiers, platform, refunds, views, events, transactions, properties.publicBaseUrl(),
                payment.refundedOnRejection(), clock);
    }

    /** Refunds: the platform's outbound work of kind {@code refund}. */
    @Bean
    RefundingFees refundingFees(PaymentPlatform platform, Payments payments, OutboundWork outbound, Clock clock) {
        return new RefundingFees(platform, payments, outbound, clock);
    }
}
