package vn.gov.dossier.platform.events;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import org.springframework.transaction.reactive.TransactionalOperator;

/** What every {@link IncomingEvents} consumer of a service shares. */
public record IncomingEventsSupport(Inbox inbox, TransactionalOperator transaction, EventCodec codec, MeterRegistry meters,
                                    Duration timeout) {
}
