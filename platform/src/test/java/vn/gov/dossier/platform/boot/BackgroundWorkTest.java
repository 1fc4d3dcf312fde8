package vn.gov.dossier.platform.boot;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;

class BackgroundWorkTest {

    @Test
    void should_begin_the_work_only_when_started_and_end_it_when_stopped() {
        AtomicInteger subscribed = new AtomicInteger();
        AtomicInteger cancelled = new AtomicInteger();
        BackgroundWork work = BackgroundWork.allOf(List.of(
                () -> Flux.never().doOnSubscribe(s -> subscribed.incrementAndGet()).doOnCancel(cancelled::incrementAndGet),
                () -> Flux.never().doOnSubscribe(s -> subscribed.incrementAndGet()).doOnCancel(cancelled::incrementAndGet)));

        assertThat(subscribed).hasValue(0);
        assertThat(work.isRunning()).isFalse();

        work.start();
        assertThat(subscribed).hasValue(2);
        assertThat(work.isRunning()).isTrue();

        work.stop();
        assertThat(cancelled).hasValue(2);
        assertThat(work.isRunning()).isFalse();
    }
}
