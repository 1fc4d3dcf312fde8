package vn.gov.dossier.platform.tracing;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.observation.contextpropagation.ObservationThreadLocalAccessor;
import io.micrometer.observation.transport.ReceiverContext;
import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.handler.TracingObservationHandler;
import io.micrometer.tracing.propagation.Propagator;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import reactor.core.publisher.Mono;
import vn.gov.dossier.platform.application.Traces;

/**
 * {@link Traces} on Micrometer Tracing (bridged to OpenTelemetry), propagating W3C trace context.
 *
 * <p>The work in progress is the observation in the Reactor context (WebFlux puts the request's there; a Kafka
 * consumer's is captured from its thread by {@code contextCapture()}), else the one current on this thread. Stored work
 * is continued as a receiver observation whose carrier is the stored {@code traceparent}: the tracing handler makes
 * its span a child of the stored one, and the observation is current (logs carry its trace id) while the work runs.
 */
public class ObservedTraces implements Traces {

    private static final String TRACE_PARENT = "traceparent";

    private final ObservationRegistry observations;
    private final Tracer tracer;
    private final Propagator propagator;

    public ObservedTraces(ObservationRegistry observations, Tracer tracer, Propagator propagator) {
        this.observations = observations;
        this.tracer = tracer;
        this.propagator = propagator;
    }

    @Override
    public Mono<Optional<String>> current() {
        return Mono.deferContextual(context -> {
            Observation observation = context.getOrDefault(ObservationThreadLocalAccessor.KEY, null);
            if (observation == null) {
                observation = observations.getCurrentObservation();
            }
            Span span = spanOf(observation);
            if (span == null) {
                return Mono.just(Optional.empty());
            }
            Map<String, String> carrier = new HashMap<>();
            propagator.inject(span.context(), carrier, Map::put);
            return Mono.just(Optional.ofNullable(carrier.get(TRACE_PARENT)));
        });
    }

    private Span spanOf(Observation observation) {
        if (observation != null) {
            TracingObservationHandler.TracingContext tracing =
                    observation.getContextView().get(TracingObservationHandler.TracingContext.class);
            if (tracing != null && tracing.getSpan() != null) {
                return tracing.getSpan();
            }
        }
        return tracer.currentSpan();
    }

    @Override
    public <T> Mono<T> continued(String traceParent, String name, Map<String, String> tags, Mono<T> work) {
        if (traceParent == null || traceParent.isBlank()) {
            return work;
        }
        return Mono.defer(() -> {
            ReceiverContext<Map<String, String>> stored = new ReceiverContext<>(Map::get);
            stored.setCarrier(Map.of(TRACE_PARENT, traceParent));
            Observation observation = Observation.createNotStarted(name, () -> stored, observations);
            tags.forEach(observation::lowCardinalityKeyValue);
            observation.start();
            return work
                    .doOnError(observation::error)
                    .doFinally(signal -> observation.stop())
                    .contextWrite(context -> context.put(ObservationThreadLocalAccessor.KEY, observation));
        });
    }
}
