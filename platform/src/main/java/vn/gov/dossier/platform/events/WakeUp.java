package vn.gov.dossier.platform.events;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/** Wakes the relay's worker: a notification, a caller who wants a drain now, or a stop. Signals while awake collapse into one. */
final class WakeUp {

    private final Semaphore permits = new Semaphore(0);

    void signal() {
        permits.release();
    }

    /** Waits for a signal or for {@code atMost}; false when the thread was interrupted. */
    boolean await(Duration atMost) {
        try {
            if (permits.tryAcquire(atMost.toMillis(), TimeUnit.MILLISECONDS)) {
                permits.drainPermits();
            }
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
