package vn.gov.dossier.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import vn.gov.dossier.infra.SharedInfrastructure;
import vn.gov.dossier.stack.ServiceSpec;
import vn.gov.dossier.stack.Stack;

/**
 * A citizen's ID number, phone, e-mail and name never reach a log line: canary values go through a whole lifecycle
 * (filed, routed, accepted, a supplement asked for and brought, a result, handed over; notices by SMS and e-mail, which
 * fail here because no gateway or mail server answers, so the failure paths log too), with this system's loggers at
 * TRACE and the web, codec, database and mail libraries at DEBUG, and every line written is read.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(OutputCaptureExtension.class)
class NoPersonalDataInLogsIT {

    private static final String NAME = "Lưu Thị Canarynhung";
    private static final String ID_NUMBER = "001199987654";
    private static final String PHONE = "0987000111";
    private static final String EMAIL = "canary.citizen@example.vn";

    private Stack stack;
    private Casework casework;

    @BeforeAll
    void start() {
        stack = new Stack(SharedInfrastructure.get(), "_canary", Officials.trusting(List.of(
                "--logging.level.vn.gov.dossier=TRACE",
                "--logging.level.org.springframework.web=DEBUG",
                "--logging.level.org.springframework.http=DEBUG",
                "--logging.level.org.springframework.core.codec=DEBUG",
                "--logging.level.org.springframework.r2dbc=DEBUG",
                "--logging.level.org.springframework.mail=DEBUG",
                "--logging.level.org.springframework.cloud.stream=DEBUG",
                "--logging.level.io.github.resilience4j=DEBUG",
                "--spring.mail.port=1",
                "--dossier.notification.sms-gateway-url=http://localhost:1")));
        ServiceSpec.ALL.forEach(service -> stack.start(service, 0));
        casework = new Casework(stack);
    }

    @AfterAll
    void stop() {
        if (stack != null) {
            stack.close();
        }
    }

    @Test
    void should_write_no_citizens_id_number_phone_email_or_name_in_any_log_line(CapturedOutput output) {
        Map<String, Object> body = Desk.dossier("1.004222", "00004", "DESK", "26737", null);
        @SuppressWarnings("unchecked")
        Map<String, Object> applicant = (Map<String, Object>) body.get("applicant");
        applicant.put("fullName", NAME);
        applicant.put("idNumber", ID_NUMBER);
        applicant.put("phone", PHONE);
        applicant.put("email", EMAIL);
        String code = new Desk(stack.port(ServiceSpec.INTAKE)).file(body);
        await().atMost(Casework.PATIENCE).untilAsserted(() -> casework.processing().get().uri("/api/v1/cases/{code}", code).exchange()
                .expectStatus().isOk());
        casework.awaitBoth(code, "ROUTED");

        casework.act(code, "accept", null).expectStatus().isAccepted();
        casework.awaitBoth(code, "IN_PROCESSING");
        casework.act(code, "supplement-request", Map.of("reason", "Thiếu bản sao giấy khai sinh")).expectStatus().isAccepted();
        casework.awaitBoth(code, "AWAITING_SUPPLEMENT");
        casework.deskStep(code, "supplements", Map.of("note", "Bản sao giấy khai sinh")).expectStatus().isAccepted();
        casework.awaitBoth(code, "IN_PROCESSING");
        casework.act(code, "decision", Map.of("outcome", "APPROVED")).expectStatus().isAccepted();
        casework.awaitBoth(code, "APPROVED");
        casework.act(code, "result-ready", null).expectStatus().isAccepted();
        casework.awaitBoth(code, "RESULT_READY");
        casework.deskStep(code, "handover", Map.of()).expectStatus().isAccepted();
        casework.awaitBoth(code, "RETURNED");
        // The notices were tried (and failed: nothing answers on port 1), so their failure paths have logged.
        await().atMost(Casework.PATIENCE).untilAsserted(() -> assertThat(output.getAll())
                .contains("RECEIPT").contains(code).containsPattern("notice-(sms|email) \\d+ \\(dossier " + code + "\\) failed"));

        List<String> leaks = output.getAll().lines()
                .filter(line -> line.contains(ID_NUMBER) || line.contains(PHONE) || line.contains(EMAIL) || line.contains("Canarynhung")
                        || line.contains(PHONE.substring(1)))
                .toList();
        assertThat(leaks).as("log lines with the citizen's personal data").isEmpty();
    }
}
