package vn.gov.dossier.observability;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.LongTaskTimer;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

class LibraryMeterDescriptionsTest {

    @Test
    void should_describe_a_library_meter_that_came_without_help_text_and_leave_every_other_description_alone() {
        SimpleMeterRegistry meters = new SimpleMeterRegistry();
        meters.config().meterFilter(new LibraryMeterDescriptions());

        LongTaskTimer active = LongTaskTimer.builder("http.server.requests.active").tag("uri", "/api/v1/dossiers").register(meters);
        Timer described = Timer.builder("spring.kafka.listener").description("the library's own").register(meters);
        Timer unknown = Timer.builder("some.library.meter").register(meters);

        assertThat(active.getId().getDescription()).isEqualTo("HTTP requests being answered now, by method and URI");
        assertThat(active.getId().getTag("uri")).isEqualTo("/api/v1/dossiers");
        assertThat(described.getId().getDescription()).isEqualTo("the library's own");
        assertThat(unknown.getId().getDescription()).isNull();
    }
}
