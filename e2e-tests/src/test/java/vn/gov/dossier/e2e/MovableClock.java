package vn.gov.dossier.e2e;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.gov.dossier.contracts.VietnamTime;

/**
 * A service's clock that a test can stop at a moment of a scenario (a Wednesday before a holiday, a day after a due
 * time), so that what the service records is exact to the second. Back to the real time with {@link #reset()}.
 */
final class MovableClock extends Clock {

    private final AtomicReference<Instant> stoppedAt = new AtomicReference<>();

    /** Replaces the platform's clock in a service started with it as an extra source. */
    @Configuration(proxyBeanMethods = false)
    static class InService {

        @Bean
        MovableClock clock() {
            return new MovableClock();
        }
    }

    void set(OffsetDateTime now) {
        stoppedAt.set(now.toInstant());
    }

    void reset() {
        stoppedAt.set(null);
    }

    @Override
    public ZoneId getZone() {
        return VietnamTime.ZONE;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        Instant stopped = stoppedAt.get();
        return stopped == null ? Clock.system(zone) : Clock.fixed(stopped, zone);
    }

    @Override
    public Instant instant() {
        Instant stopped = stoppedAt.get();
        return stopped == null ? Instant.now() : stopped;
    }
}
