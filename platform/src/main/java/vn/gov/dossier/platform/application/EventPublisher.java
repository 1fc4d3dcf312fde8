package vn.gov.dossier.platform.application;

import reactor.core.publisher.Mono;
import vn.gov.dossier.contracts.Event;

/** Publishes an event as part of the caller's transaction (through the outbox: never a dual write). */
public interface EventPublisher {

    Mono<Void> publish(String topic, Event event);
}
