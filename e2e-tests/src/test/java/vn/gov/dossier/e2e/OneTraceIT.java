package vn.gov.dossier.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import vn.gov.dossier.e2e.TraceCollector.ExportedSpan;
import vn.gov.dossier.infra.SharedInfrastructure;
import vn.gov.dossier.stack.ServiceSpec;
import vn.gov.dossier.stack.Stack;

/**
 * One dossier, one trace: the desk's POST at intake, routing's decision, processing's case and notification's notices
 * are spans of the same trace, carried across every Kafka hop by the outbox's {@code traceparent}, and exported over
 * OTLP to a collector. The services' log lines about that dossier carry the same trace id.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(OutputCaptureExtension.class)
class OneTraceIT {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private TraceCollector collector;
    private Stack stack;

    @BeforeAll
    void start() throws IOException {
        collector = new TraceCollector();
        stack = new Stack(SharedInfrastructure.get(), "_trace", Officials.trusting(List.of(
                "--management.opentelemetry.tracing.export.otlp.endpoint=" + collector.endpoint(),
                "--management.opentelemetry.tracing.export.schedule-delay=200ms")));
        ServiceSpec.ALL.forEach(service -> stack.start(service, 0));
    }

    @AfterAll
    void stop() {
        if (stack != null) {
            stack.close();
        }
        if (collector != null) {
            collector.close();
        }
    }

    @Test
    void should_follow_one_dossier_from_the_desk_to_its_notices_as_one_trace(CapturedOutput output) {
        String code = new Desk(stack.port(ServiceSpec.INTAKE)).file(Desk.residenceRegistrationAtBaDinhForTanDinhResident());

        ExportedSpan filing = await().atMost(PATIENCE).until(() -> collector.spans().stream()
                .filter(span -> "intake-service".equals(span.service()) && "POST".equals(span.attributes().get("method"))
                        && "/api/v1/dossiers".equals(span.attributes().get("uri")))
                .findFirst().orElse(null), span -> span != null);
        String traceId = filing.traceId();

        await().atMost(PATIENCE).untilAsserted(() -> {
            List<ExportedSpan> trace = collector.spans().stream().filter(span -> span.traceId().equals(traceId)).toList();
            assertThat(trace).extracting(ExportedSpan::service)
                    .contains("intake-service", "routing-service", "processing-service", "notification-service", "reporting-service");
            Set<String> notices = trace.stream()
                    .filter(span -> "notification-service".equals(span.service()) && span.name().equals("dossier.outbound.attempt"))
                    .map(span -> span.attributes().get("kind"))
                    .collect(Collectors.toSet());
            // The receipt (SMS) follows intake's event; the authority's notice (inbox) follows routing's, through processing's case.
            assertThat(notices).contains("notice-sms", "notice-inbox");
        });
        assertThat(collector.spans()).filteredOn(span -> span.traceId().equals(traceId) && !span.spanId().equals(filing.spanId()))
                .as("only the desk's request starts the trace; every other span continues it")
                .allSatisfy(span -> assertThat(span.parentSpanId()).isNotEmpty().doesNotMatch("0+"));

        await().atMost(PATIENCE).untilAsserted(() -> {
            assertThat(lineAbout(output, "dossier " + code + " received")).contains(traceId);
            assertThat(lineAbout(output, "ROUTED notice of " + code + " sent")).contains(traceId);
        });
    }

    private static String lineAbout(CapturedOutput output, String words) {
        return output.getAll().lines().filter(line -> line.contains(words)).findFirst().orElse("");
    }
}
