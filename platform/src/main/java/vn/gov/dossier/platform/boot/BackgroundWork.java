package vn.gov.dossier.platform.boot;

import java.util.List;
import java.util.function.Supplier;
import org.reactivestreams.Publisher;
import org.springframework.context.SmartLifecycle;
import reactor.core.Disposable;
import reactor.core.Disposables;
import reactor.core.publisher.Flux;

/**
 * Work a service repeats in the background (a watch, dispatchers, gauge refreshes), started with the application's
 * lifecycle rather than when its bean is made: by then every bean exists, so the database has been migrated, and it
 * is stopped before the connection pools close. Declare one as a bean; Spring starts and stops it.
 */
public final class BackgroundWork implements SmartLifecycle {

    private final List<Supplier<? extends Publisher<?>>> work;
    private Disposable.Composite running;

    private BackgroundWork(List<Supplier<? extends Publisher<?>>> work) {
        this.work = List.copyOf(work);
    }

    /** @param work what to subscribe at start, e.g. {@code () -> Periodically.every(...)} */
    public static BackgroundWork of(Supplier<? extends Publisher<?>> work) {
        return new BackgroundWork(List.of(work));
    }

    public static BackgroundWork allOf(List<Supplier<? extends Publisher<?>>> work) {
        return new BackgroundWork(work);
    }

    @Override
    public synchronized void start() {
        running = Disposables.composite();
        work.forEach(each -> running.add(Flux.from(each.get()).subscribe()));
    }

    @Override
    public synchronized void stop() {
        if (running != null) {
            running.dispose();
            running = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return running != null;
    }
}
