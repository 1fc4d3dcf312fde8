package vn.gov.dossier.notification;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.test.web.reactive.server.WebTestClient;
import vn.gov.dossier.contracts.ApplicantContact;
import vn.gov.dossier.contracts.AuthorityLevel;
import vn.gov.dossier.contracts.AuthorityRef;
import vn.gov.dossier.contracts.CaseStep;
import vn.gov.dossier.contracts.CaseStepTaken;
import vn.gov.dossier.contracts.Channel;
import vn.gov.dossier.contracts.DossierRouted;
import vn.gov.dossier.contracts.DossierStatus;
import vn.gov.dossier.contracts.DossierSubmitted;
import vn.gov.dossier.contracts.ResultDelivery;
import vn.gov.dossier.contracts.Timeliness;
import vn.gov.dossier.contracts.Topics;
import vn.gov.dossier.infra.KafkaProbe;
import vn.gov.dossier.platform.testing.RunningService;
import vn.gov.dossier.platform.testing.TestEvents;

/**
 * notification-service on a real Kafka broker and a real PostgreSQL, sending through a real SMTP server (GreenMail)
 * and an SMS gateway stand-in (WireMock).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class NotificationServiceIT {

    private static final OffsetDateTime RECEIVED = OffsetDateTime.parse("2026-11-23T09:00:00+07:00");
    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private static final tools.jackson.databind.json.JsonMapper JSON = tools.jackson.databind.json.JsonMapper.builder().build();

    private static GreenMail smtp;
    private static WireMockServer smsGateway;
    private static RunningService notification;
    private static KafkaProbe kafka;
    private static WebTestClient http;

    @BeforeAll
    static void start() {
        smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        smtp.start();
        smsGateway = new WireMockServer(WireMockConfiguration.options().dynamicPort());
        smsGateway.start();
        gatewayUp();
        notification = RunningService.start(NotificationApplication.class, NotificationApplication.NAME, "notification_it",
                "--spring.mail.port=" + smtp.getSmtp().getPort(),
                "--dossier.notification.sms-gateway-url=" + smsGateway.baseUrl(),
                "--dossier.notification.public-base-url=https://dichvucong.example.vn",
                "--dossier.outbound.kinds.notice-sms.poll-interval=PT0.2S",
                "--dossier.outbound.kinds.notice-sms.backoff-base=PT0.3S",
                "--dossier.outbound.kinds.notice-sms.when-unavailable=PT0.5S",
                "--dossier.outbound.kinds.notice-sms.max-attempts=2",
                "--dossier.outbound.kinds.notice-email.poll-interval=PT0.2S",
                "--dossier.outbound.kinds.notice-email.backoff-base=PT0.3S",
                "--dossier.outbound.kinds.notice-email.when-unavailable=PT0.5S",
                "--dossier.outbound.kinds.notice-email.max-attempts=2",
                "--dossier.outbound.kinds.notice-inbox.poll-interval=PT0.2S",
                "--dossier.outbound.kinds.notice-inbox.backoff-base=PT0.3S",
                "--dossier.outbound.kinds.notice-inbox.when-unavailable=PT0.5S",
                "--dossier.outbound.kinds.notice-inbox.max-attempts=2",
                "--resilience4j.circuitbreaker.configs.default.sliding-window-size=20",
                "--resilience4j.circuitbreaker.configs.default.minimum-number-of-calls=20",
                "--resilience4j.circuitbreaker.configs.default.wait-duration-in-open-state=2s",
                "--resilience4j.retry.configs.default.wait-duration=50ms");
        kafka = notification.kafka();
        // Operations of Hà Nội (province 01), where the test dossiers are received: they read the logs and resend.
        http = notification.as("OPERATOR", "01");
    }

    @AfterAll
    static void stop() {
        if (notification != null) {
            notification.close();
        }
        if (smsGateway != null) {
            smsGateway.stop();
        }
        if (smtp != null) {
            smtp.stop();
        }
    }

    @Test
    @Order(1)
    void should_send_each_citizen_notice_by_email_and_sms_and_the_routed_one_to_the_authoritys_inbox_once() throws Exception {
        String email = "an.nguyen" + SEQUENCE.incrementAndGet() + "@example.vn";
        DossierSubmitted submitted = submitted(email, "0912345678");
        String code = submitted.dossierCode();
        TestEvents.publish(kafka, Topics.INTAKE, submitted);
        TestEvents.publish(kafka, Topics.ROUTING, routed(submitted));
        // The topics are consumed independently: the authority's name (from the routed event) is known before the
        // authority's steps are published, as it is in production, where a case is only worked once it is routed.
        await().atMost(Duration.ofSeconds(30)).until(() -> mailsTo(email).size() >= 1 && http.get().uri("/api/v1/notifications?dossierCode={code}", code)
                .exchange().expectBody(String.class).returnResult().getResponseBody().contains("\"template\":\"ROUTED\""));
        TestEvents.publish(kafka, Topics.PROCESSING, step(submitted, "REQUEST_SUPPLEMENT", "AWAITING_SUPPLEMENT", "Thiếu bản sao giấy khai sinh"));
        TestEvents.publish(kafka, Topics.PROCESSING, step(submitted, "EXTEND", "IN_PROCESSING", "Cần xác minh thêm với Công an tỉnh"));
        TestEvents.publish(kafka, Topics.PROCESSING, step(submitted, "DECIDE", "REJECTED", "Chỗ ở không đủ điều kiện đăng ký thường trú"));
        TestEvents.publish(kafka, Topics.PROCESSING, step(submitted, "MARK_RESULT_READY", "RESULT_READY", null));
        TestEvents.publish(kafka, Topics.INTAKE, submitted);

        await().atMost(Duration.ofSeconds(60)).until(() -> mailsTo(email).size() >= 5);
        assertThat(mailsTo(email)).as("one e-mail per notice, none twice").hasSize(5);
        Map<String, String> bySubject = new java.util.HashMap<>();
        for (MimeMessage mail : mailsTo(email)) {
            bySubject.put(mail.getSubject(), GreenMailUtil.getBody(mail));
        }
        assertThat(bySubject.keySet()).containsExactlyInAnyOrder(
                "Hồ sơ " + code + " đã được tiếp nhận / Dossier " + code + " received",
                "Hồ sơ " + code + " cần bổ sung / Dossier " + code + " needs a supplement",
                "Thư xin lỗi và hẹn lại ngày trả kết quả hồ sơ " + code + " / Apology and a new date for dossier " + code,
                "Hồ sơ " + code + " không được giải quyết / Dossier " + code + " was refused",
                "Hồ sơ " + code + " đã có kết quả / The result of dossier " + code + " is ready");
        assertThat(decoded(bySubject.get("Hồ sơ " + code + " đã được tiếp nhận / Dossier " + code + " received"))).startsWith("""
                Kính gửi Lê Thị Hoa,

                Hồ sơ %s (Đăng ký thường trú) đã được tiếp nhận tại Bộ phận Một cửa Phường Ba Đình ngày 23/11/2026.
                Ngày hẹn trả kết quả: 02/12/2026.

                Tra cứu tình trạng hồ sơ tại https://dichvucong.example.vn/tra-cuu/%s bằng mã bí mật in trên phiếu hẹn.""".formatted(code, code));
        assertThat(decoded(bySubject.get("Hồ sơ " + code + " cần bổ sung / Dossier " + code + " needs a supplement")))
                .contains("Công an Phường Tân Định đề nghị bổ sung hồ sơ " + code + " (Đăng ký thường trú):\nThiếu bản sao giấy khai sinh");
        assertThat(decoded(bySubject.get("Hồ sơ " + code + " không được giải quyết / Dossier " + code + " was refused")))
                .contains("Lý do: Chỗ ở không đủ điều kiện đăng ký thường trú");

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(smsTo("0912345678", code)).hasSize(5));
        // Each notice goes with a key of its own, the same on every try, so that the gateway sends it once.
        List<String> keys = smsGateway.findAll(postRequestedFor(urlEqualTo("/messages"))).stream()
                .filter(request -> request.getBodyAsString().contains(code))
                .map(request -> request.getHeader("Idempotency-Key")).toList();
        assertThat(keys).hasSize(5).doesNotHaveDuplicates().allMatch(key -> key.matches("notice-\\d+"));
        assertThat(smsTo("0912345678", code)).anySatisfy(text -> assertThat(text).isEqualTo(
                "Ho so " + code + " can bo sung: Thieu ban sao giay khai sinh. Vui long nop tai bat ky bo phan mot cua nao. "
                        + "Thoi han giai quyet tam dung den khi nhan du."));

        WebTestClient authority = notification.as("PROCESSOR", "CA-26737");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> authority.get().uri("/api/v1/inbox/CA-26737").exchange().expectStatus().isOk()
                .expectBody().jsonPath("$[?(@.dossierCode == '" + code + "')].subject")
                .isEqualTo(List.of("Hồ sơ mới " + code + ": Đăng ký thường trú")));
        http.get().uri("/api/v1/notifications?dossierCode={code}", code).exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.length()").isEqualTo(11)
                .jsonPath("$[?(@.status != 'SENT')]").isEmpty()
                .jsonPath("$[?(@.channel == 'SMS')].recipient").value(List.class, phones -> assertThat(phones).containsOnly("091****678"))
                .jsonPath("$[?(@.channel == 'EMAIL')].recipient").value(List.class, mails -> assertThat(mails).containsOnly("a***" + email.substring(email.indexOf('@'))));

        // The log is the dossier's desk's, its authority's and its province's operations'; anyone else gets a 404.
        for (String[] reader : List.of(new String[] {"CLERK", "00004"}, new String[] {"PROCESSOR", "CA-26737"}, new String[] {"OPERATOR", "national"})) {
            notification.as(reader[0], reader[1]).get().uri("/api/v1/notifications?dossierCode={code}", code).exchange()
                    .expectStatus().isOk().expectBody().jsonPath("$.length()").isEqualTo(11);
        }
        for (String[] stranger : List.of(new String[] {"CLERK", "26737"}, new String[] {"PROCESSOR", "STP-01"}, new String[] {"OPERATOR", "79"})) {
            notification.as(stranger[0], stranger[1]).get().uri("/api/v1/notifications?dossierCode={code}", code).exchange()
                    .expectStatus().isNotFound();
        }
        notification.as("ADMIN", null).get().uri("/api/v1/notifications?dossierCode={code}", code).exchange().expectStatus().isForbidden();
        notification.as("PROCESSOR", "STP-01").get().uri("/api/v1/inbox/CA-26737").exchange().expectStatus().isNotFound();
    }

    @Test
    @Order(2)
    void should_address_a_notice_whose_event_came_before_the_citizens_contact() {
        String email = "early" + SEQUENCE.incrementAndGet() + "@example.vn";
        DossierSubmitted submitted = submitted(email, "0933000111");
        TestEvents.publish(kafka, Topics.PROCESSING, step(submitted, "REQUEST_SUPPLEMENT", "AWAITING_SUPPLEMENT", "Thiếu ảnh 4x6"));
        // Before the dossier's receipt arrives its province is not known here: national operations see the queued notices.
        WebTestClient national = notification.as("OPERATOR", "national");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> national.get().uri("/api/v1/notifications?dossierCode={code}", submitted.dossierCode())
                .exchange().expectBody().jsonPath("$.length()").isEqualTo(2).jsonPath("$[0].status").isEqualTo("PENDING"));

        TestEvents.publish(kafka, Topics.INTAKE, submitted);

        await().atMost(Duration.ofSeconds(30)).until(() -> mailsTo(email).size() == 2);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(smsTo("0933000111", submitted.dossierCode())).hasSize(2));
    }

    @Test
    @Order(5)
    void should_send_each_channel_as_a_kind_of_outbound_work_listed_for_operations_only() {
        http.get().uri("/api/v1/outbound-work/kinds").exchange().expectStatus().isOk().expectBody()
                .jsonPath("$[*].kind").isEqualTo(List.of("notice-email", "notice-inbox", "notice-sms"))
                .jsonPath("$[0].policy.maxAttempts").isEqualTo(2)
                .jsonPath("$[0].policy.concurrency").isEqualTo(8);
        notification.as("CLERK", "00004").get().uri("/api/v1/outbound-work/kinds").exchange().expectStatus().isForbidden();
        http.get().uri("/api/v1/outbound-work?kind=postal").exchange().expectStatus().isBadRequest().expectBody()
                .jsonPath("$.errors[0].field").isEqualTo("kind");
        http.get().uri("/api/v1/outbound-work?state=LOST").exchange().expectStatus().isBadRequest().expectBody()
                .jsonPath("$.errors[0].field").isEqualTo("state");
        http.post().uri("/api/v1/outbound-work/{id}/redrive", 999_999_999).exchange().expectStatus().isNotFound();
    }

    @Test
    @Order(3)
    void should_end_a_delivery_that_keeps_failing_as_failed_and_send_it_when_resent() {
        String phone = "0987000111";
        smsGateway.stubFor(post(urlEqualTo("/messages")).withRequestBody(matchingJsonPath("$.to", com.github.tomakehurst.wiremock.client.WireMock.equalTo(phone)))
                .atPriority(1).willReturn(aResponse().withStatus(400).withBody("{\"error\":\"invalid number\"}")));
        DossierSubmitted submitted = submitted(null, phone);
        TestEvents.publish(kafka, Topics.INTAKE, submitted);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> http.get().uri("/api/v1/notifications?dossierCode={code}", submitted.dossierCode())
                .exchange().expectBody()
                .jsonPath("$.length()").isEqualTo(1)
                .jsonPath("$[0].status").isEqualTo("FAILED")
                .jsonPath("$[0].attempts").isEqualTo(2));
        assertThat(prometheus()).containsPattern(
                "dossier_notifications_deliveries_total\\{application=\"notification-service\",channel=\"SMS\",outcome=\"FAILED\",template=\"RECEIPT\"} [1-9]");
        long id = ((Number) http.get().uri("/api/v1/notifications?dossierCode={code}", submitted.dossierCode()).exchange()
                .expectBody(List.class).returnResult().getResponseBody().stream().map(entry -> ((Map<?, ?>) entry).get("id")).findFirst().orElseThrow())
                .longValue();
        // The same item in the platform's outbound work listing, for that province's operations only.
        http.get().uri("/api/v1/outbound-work?kind=notice-sms&state=FAILED&dossierCode={code}", submitted.dossierCode()).exchange()
                .expectStatus().isOk().expectBody()
                .jsonPath("$.length()").isEqualTo(1)
                .jsonPath("$[0].key").isEqualTo(String.valueOf(id))
                .jsonPath("$[0].attempts").isEqualTo(2);
        notification.as("OPERATOR", "79").get().uri("/api/v1/outbound-work?state=FAILED&dossierCode={code}", submitted.dossierCode()).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.length()").isEqualTo(0);
        // Operations list their province's failed notices to resend them; another province's operations see none of them.
        http.get().uri("/api/v1/notifications?status=FAILED").exchange().expectStatus().isOk().expectBody()
                .jsonPath("$[?(@.id == " + id + ")].dossierCode").isEqualTo(submitted.dossierCode());
        notification.as("OPERATOR", "79").get().uri("/api/v1/notifications?status=FAILED").exchange().expectStatus().isOk().expectBody()
                .jsonPath("$[?(@.id == " + id + ")]").doesNotExist();
        http.get().uri("/api/v1/notifications?status=SENT").exchange().expectStatus().isBadRequest();
        notification.as("OPERATOR", "79").post().uri("/api/v1/notifications/{id}/resend", id).exchange().expectStatus().isNotFound();
        notification.as("CLERK", "00004").post().uri("/api/v1/notifications/{id}/resend", id).exchange().expectStatus().isForbidden();
        http.post().uri("/api/v1/notifications/{id}/resend", id).exchange().expectStatus().isAccepted();
        http.post().uri("/api/v1/notifications/{id}/resend", 999_999_999).exchange().expectStatus().isNotFound();

        smsGateway.resetMappings();
        gatewayUp();
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> http.get().uri("/api/v1/notifications?dossierCode={code}", submitted.dossierCode())
                .exchange().expectBody().jsonPath("$[0].status").isEqualTo("SENT"));
        http.post().uri("/api/v1/notifications/{id}/resend", id).exchange().expectStatus().isEqualTo(409);
    }

    @Test
    @Order(4)
    void should_open_the_sms_circuit_in_an_outage_without_delaying_email_and_resume_sms_when_the_gateway_is_back() {
        smsGateway.resetMappings();
        smsGateway.stubFor(post(urlEqualTo("/messages")).willReturn(aResponse().withStatus(503)));
        List<DossierSubmitted> dossiers = java.util.stream.IntStream.range(0, 8)
                .mapToObj(i -> submitted("outage" + SEQUENCE.incrementAndGet() + "@example.vn", "090" + (1_000_000 + i)))
                .toList();
        dossiers.forEach(dossier -> TestEvents.publish(kafka, Topics.INTAKE, dossier));

        long started = System.nanoTime();
        await().atMost(Duration.ofSeconds(20)).until(() -> dossiers.stream().allMatch(dossier -> mailsTo(dossier.applicant().email()).size() == 1));
        long emailSeconds = Duration.ofNanos(System.nanoTime() - started).toSeconds();
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(prometheus())
                .contains("resilience4j_circuitbreaker_state{application=\"notification-service\",name=\"sms\",state=\"open\"} 1.0"));
        assertThat(emailSeconds).as("e-mail went out while SMS was failing").isLessThan(20);
        dossiers.forEach(dossier -> http.get().uri("/api/v1/notifications?dossierCode={code}", dossier.dossierCode()).exchange().expectBody()
                .jsonPath("$[?(@.channel == 'SMS')].status").value(List.class, statuses -> assertThat(statuses).containsOnly("PENDING")));

        smsGateway.resetMappings();
        gatewayUp();
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> dossiers.forEach(dossier ->
                http.get().uri("/api/v1/notifications?dossierCode={code}", dossier.dossierCode()).exchange().expectBody()
                        .jsonPath("$[?(@.channel == 'SMS')].status").value(List.class, statuses -> assertThat(statuses).containsOnly("SENT"))));
    }

    private static void gatewayUp() {
        smsGateway.stubFor(post(urlEqualTo("/messages")).willReturn(aResponse().withStatus(202).withBody("{\"status\":\"queued\"}")));
    }

    private static DossierSubmitted submitted(String email, String phone) {
        String code = "00004-261123-" + String.format("%05d", SEQUENCE.incrementAndGet());
        return new DossierSubmitted(UUID.randomUUID(), UUID.randomUUID(), code, RECEIVED, "1.004222", "00004", "01", Channel.DESK, "26737", null,
                ResultDelivery.AT_DESK, RECEIVED, LocalDate.parse("2026-12-02"), OffsetDateTime.parse("2026-12-02T17:00:00+07:00"),
                new ApplicantContact("Lê Thị Hoa", phone, email), null, null, null, null);
    }

    private static DossierRouted routed(DossierSubmitted submitted) {
        return new DossierRouted(UUID.randomUUID(), submitted.dossierId(), submitted.dossierCode(), RECEIVED.plusSeconds(1), "1.004222", "00004",
                "01", Channel.DESK, RECEIVED, submitted.dueAt(),
                new AuthorityRef("CA-26737", "Công an Phường Tân Định", AuthorityLevel.COMMUNE, "26737", "79", "CA"), "RESIDENCE/COMMUNE/CA",
                true, true, null);
    }

    private static CaseStepTaken step(DossierSubmitted submitted, String step, String status, String reason) {
        OffsetDateTime due = "EXTEND".equals(step) ? OffsetDateTime.parse("2026-12-09T17:00:00+07:00") : submitted.dueAt();
        return new CaseStepTaken(UUID.randomUUID(), submitted.dossierId(), submitted.dossierCode(), RECEIVED.plusDays(2), CaseStep.valueOf(step),
                DossierStatus.valueOf(status), "Trần Văn Bình", "26737", reason, due, submitted.dueAt(),
                "REJECTED".equals(status) ? Timeliness.EARLY : null, "CA-26737", "00004", reason, null, null);
    }

    private static List<MimeMessage> mailsTo(String address) {
        return Arrays.stream(smtp.getReceivedMessages())
                .filter(message -> {
                    try {
                        return Arrays.stream(message.getRecipients(Message.RecipientType.TO)).anyMatch(to -> to.toString().equals(address));
                    } catch (jakarta.mail.MessagingException e) {
                        throw new IllegalStateException(e);
                    }
                })
                .toList();
    }

    /** Quoted-printable bodies decoded, line endings as written. */
    private static String decoded(String body) throws Exception {
        return new String(jakarta.mail.internet.MimeUtility.decode(new java.io.ByteArrayInputStream(body.getBytes(java.nio.charset.StandardCharsets.US_ASCII)),
                "quoted-printable").readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).replace("\r\n", "\n");
    }

    private static List<String> smsTo(String phone, String code) {
        return smsGateway.findAll(postRequestedFor(urlEqualTo("/messages"))).stream()
                .map(LoggedRequest::getBodyAsString)
                .map(JSON::readTree)
                .filter(json -> json.get("to").asString().equals(phone) && json.get("text").asString().contains(code))
                .map(json -> json.get("text").asString())
                .toList();
    }

    private static String prometheus() {
        return notification.management().get().uri("/actuator/prometheus").exchange().expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();
    }
}
