package vn.gov.dossier.platform.events;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.messaging.Message;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;
import vn.gov.dossier.contracts.Event;
import vn.gov.dossier.contracts.EventTypes;
import vn.gov.dossier.platform.metrics.MetricNames;

/**
 * A Spring Cloud Stream consumer (the regular message-channel binder) that applies dossier events exactly once
 * in effect. For each message: read the CloudEvents envelope; ignore types this consumer has no handler for;
 * then, in ONE database transaction, claim the event id in the inbox and apply the handler. The call returns only
 * when that transaction has committed, so the binder's retry, dead-lettering and offset commit stay correct. The
 * listener's observation (the trace the event's {@code traceparent} header continues) is captured from this thread
 * into the transaction's Reactor context, so the events the handler writes carry the same trace on.
 */
public final class IncomingEvents implements Consumer<Message<byte[]>> {

    private static final Logger log = LoggerFactory.getLogger(IncomingEvents.class);

    private final String consumer;
    private final Map<Class<? extends Event>, Function<Event, Mono<Void>>> handlers;
    private final Inbox inbox;
    private final TransactionalOperator transaction;
    private final EventCodec codec;
    private final MeterRegistry meters;
    private final Duration timeout;

    private IncomingEvents(Builder builder) {
        this.consumer = builder.consumer;
        this.handlers = Map.copyOf(builder.handlers);
        this.inbox = builder.inbox;
        this.transaction = builder.transaction;
        this.codec = builder.codec;
        this.meters = builder.meters;
        this.timeout = builder.timeout;
    }

    @Override
    public void accept(Message<byte[]> message) {
        Map<String, Object> headers = message.getHeaders();
        String type = CloudEventHeaders.text(headers, CloudEventHeaders.TYPE);
        UUID eventId = eventId(CloudEventHeaders.text(headers, CloudEventHeaders.ID));
        if (type == null) {
            throw new PoisonEventException("no " + CloudEventHeaders.TYPE + " header");
        }
        Optional<Class<? extends Event>> body = EventTypes.bodyOf(type).filter(handlers::containsKey);
        if (body.isEmpty()) {
            Counter.builder(MetricNames.EVENTS_IGNORED).description("Events of a type the consumer does not handle (acknowledged, no effect), by consumer and type").tags("consumer", consumer, "type", type).register(meters).increment();
            return;
        }
        Event event = codec.decode(message.getPayload(), body.get());
        if (!eventId.equals(event.eventId())) {
            throw new PoisonEventException("envelope id " + eventId + " differs from body id " + event.eventId());
        }
        Boolean applied = inbox.claim(consumer, eventId)
                .flatMap(first -> first ? handlers.get(body.get()).apply(event).thenReturn(true) : Mono.just(false))
                .as(transaction::transactional)
                .contextCapture()
                .block(timeout);
        if (Boolean.TRUE.equals(applied)) {
            Counter.builder(MetricNames.EVENTS_APPLIED).description("Events a consumer applied, by consumer and type").tags("consumer", consumer, "type", type).register(meters).increment();
        } else {
            Counter.builder(MetricNames.INBOX_DUPLICATES).description("Redelivered events the inbox recognised and skipped, by consumer and type").tags("consumer", consumer, "type", type).register(meters).increment();
            log.info("{} skipped event {} ({}): already applied", consumer, eventId, event.subject());
        }
    }

    private static UUID eventId(String id) {
        if (id == null) {
            throw new PoisonEventException("no " + CloudEventHeaders.ID + " header");
        }
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new PoisonEventException("event id is not a UUID: " + id, e);
        }
    }

    public static Builder forConsumer(String consumer, IncomingEventsSupport support) {
        return new Builder(consumer, support);
    }

    /** Names the handler of each event type this consumer applies; other types are acknowledged and ignored. */
    public static final class Builder {

        private final String consumer;
        private final Map<Class<? extends Event>, Function<Event, Mono<Void>>> handlers = new LinkedHashMap<>();
        private final Inbox inbox;
        private final TransactionalOperator transaction;
        private final EventCodec codec;
        private final MeterRegistry meters;
        private final Duration timeout;

        private Builder(String consumer, IncomingEventsSupport support) {
            this.consumer = consumer;
            this.inbox = support.inbox();
            this.transaction = support.transaction();
            this.codec = support.codec();
            this.meters = support.meters();
            this.timeout = support.timeout();
        }

        public <E extends Event> Builder on(Class<E> type, Function<E, Mono<Void>> handler) {
            handlers.put(type, event -> handler.apply(type.cast(event)));
            return this;
        }

        public IncomingEvents build() {
            return new IncomingEvents(this);
        }
    }
}
