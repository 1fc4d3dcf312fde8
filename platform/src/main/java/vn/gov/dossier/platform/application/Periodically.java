package vn.gov.dossier.platform.application;

import java.time.Duration;
import java.util.function.Supplier;
import org.reactivestreams.Publisher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Background work done again and again (a watch, a dispatcher, a gauge refresh): one run at a time, a tick that comes
 * while a run is still going is dropped, and a failed run is logged and the next one tries again.
 */
public final class Periodically {

    private static final Logger log = LoggerFactory.getLogger(Periodically.class);

    private Periodically() {
    }

    /**
     * @param what names the work in the log when a run fails
     * @return the runs' results, for as long as it is subscribed
     */
    public static <T> Flux<T> every(String what, Duration first, Duration interval, Supplier<? extends Publisher<T>> run) {
        return Flux.interval(first, interval)
                .onBackpressureDrop()
                .concatMap(tick -> Flux.from(run.get()).onErrorResume(error -> {
                    log.warn("{} failed, next run in {}: {}", what, interval, error.toString());
                    return Mono.empty();
                }));
    }

    /** Shorthand for {@link #every(String, Duration, Duration, Supplier)} starting at once. */
    public static <T> Flux<T> every(String what, Duration interval, Supplier<? extends Publisher<T>> run) {
        return every(what, Duration.ZERO, interval, run);
    }
}
