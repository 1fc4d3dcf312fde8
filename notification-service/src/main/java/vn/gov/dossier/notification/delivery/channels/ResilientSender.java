package vn.gov.dossier.notification.delivery.channels;

import io.github.resilience4j.bulkhead.Bulkhead;
import io.github.resilience4j.bulkhead.BulkheadFullException;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.reactor.bulkhead.operator.BulkheadOperator;
import io.github.resilience4j.reactor.circuitbreaker.operator.CircuitBreakerOperator;
import io.github.resilience4j.reactor.retry.RetryOperator;
import io.github.resilience4j.retry.Retry;
import reactor.core.publisher.Mono;
import vn.gov.dossier.notification.delivery.ChannelUnavailable;
import vn.gov.dossier.notification.delivery.DeliveryChannel;
import vn.gov.dossier.notification.delivery.NoticeSender;
import vn.gov.dossier.notification.delivery.PendingDelivery;
import vn.gov.dossier.notification.delivery.Rendered;

/**
 * A channel behind its own bulkhead (sends in flight), circuit breaker (stop calling a gateway that keeps failing) and
 * retry with backoff (a blip is retried at once; longer outages are the outbound work's to wait out). Instances are named
 * after the channel ({@code sms}, {@code email}, {@code inbox}) in {@code resilience4j.*} settings.
 */
public final class ResilientSender implements NoticeSender {

    private final NoticeSender channel;
    private final Bulkhead bulkhead;
    private final CircuitBreaker circuitBreaker;
    private final Retry retry;

    public ResilientSender(NoticeSender channel, Bulkhead bulkhead, CircuitBreaker circuitBreaker, Retry retry) {
        this.channel = channel;
        this.bulkhead = bulkhead;
        this.circuitBreaker = circuitBreaker;
        this.retry = retry;
    }

    @Override
    public DeliveryChannel channel() {
        return channel.channel();
    }

    @Override
    public Mono<Void> send(PendingDelivery delivery, Rendered rendered) {
        return Mono.defer(() -> channel.send(delivery, rendered))
                .transformDeferred(CircuitBreakerOperator.of(circuitBreaker))
                .transformDeferred(RetryOperator.of(retry))
                .transformDeferred(BulkheadOperator.of(bulkhead))
                .onErrorMap(error -> error instanceof CallNotPermittedException || error instanceof BulkheadFullException,
                        error -> new ChannelUnavailable(channel.channel() + " unavailable: " + error.getMessage(), error));
    }
}
