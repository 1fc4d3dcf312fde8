package vn.gov.dossier.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import java.awt.image.BufferedImage;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;
import vn.gov.dossier.calendar.WorkingCalendar;
import vn.gov.dossier.contracts.AuthorityLevel;
import vn.gov.dossier.contracts.AuthorityRef;
import vn.gov.dossier.contracts.Channel;
import vn.gov.dossier.contracts.DossierRouted;
import vn.gov.dossier.contracts.DossierSubmitted;
import vn.gov.dossier.contracts.Topics;
import vn.gov.dossier.infra.DatabaseEndpoint;
import vn.gov.dossier.infra.KafkaProbe;
import vn.gov.dossier.infra.TestIssuer;
import vn.gov.dossier.platform.events.CloudEventHeaders;
import vn.gov.dossier.platform.retention.Retention;
import vn.gov.dossier.platform.testing.RunningService;
import vn.gov.dossier.platform.testing.TestEvents;

/** intake-service alone (routing is not running), on a real Kafka broker and a real PostgreSQL. */
class IntakeServiceIT {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private static RunningService intake;
    private static KafkaProbe kafka;
    /** The clerk at Phường Ba Đình's desk (00004), where the requests file. */
    private static WebTestClient http;

    @BeforeAll
    static void start() {
        // Behind a proxy, as in a cluster: the client's address comes from X-Forwarded-For (the look-up limit test).
        intake = RunningService.start(IntakeApplication.class, IntakeApplication.NAME, "intake_it", "--server.forward-headers-strategy=native");
        kafka = intake.kafka();
        http = intake.as("CLERK", "00004");
    }

    @AfterAll
    static void stop() {
        if (intake != null) {
            intake.close();
        }
    }

    @Test
    void should_register_a_dossier_with_its_appointment_date_and_announce_it() {
        Receipt receipt = register(DossierRequests.residenceRegistrationAtBaDinhForTanDinhResident(), null, HttpStatus.CREATED);

        assertThat(receipt.code()).matches("00004-\\d{6}-\\d{5}");
        assertThat(receipt.status()).isEqualTo("RECEIVED");
        assertThat(receipt.lookupSecret()).matches("[2-9A-HJ-NP-Z]{10}");
        assertThat(receipt.appointmentDate()).isEqualTo(WorkingCalendar.standard().appointment(receipt.receivedAt(), 7).appointmentDate());
        http.get().uri("/api/v1/dossiers/{code}", receipt.code()).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.status").isEqualTo("RECEIVED")
                .jsonPath("$.receivedAt").value(String.class, time -> assertThat(time).endsWith("+07:00"))
                .jsonPath("$.dueAt").value(String.class, time -> assertThat(time).endsWith("T17:00:00+07:00"))
                .jsonPath("$.authority").doesNotExist()
                .jsonPath("$.history[0].status").isEqualTo("RECEIVED")
                .jsonPath("$.lookupSecret").doesNotExist();

        assertThat(intake.bean(io.micrometer.core.instrument.MeterRegistry.class).find("dossier.received").tags("channel", "DESK", "province", "01")
                .counter()).as("received by channel and province").isNotNull();

        ConsumerRecord<String, byte[]> announced = eventOf(receipt.id());
        DossierSubmitted submitted = TestEvents.decode(announced.value(), DossierSubmitted.class);
        assertThat(KafkaProbe.header(announced, CloudEventHeaders.SUBJECT)).isEqualTo(receipt.code());
        assertThat(KafkaProbe.header(announced, CloudEventHeaders.TYPE)).isEqualTo(DossierSubmitted.TYPE);
        assertThat(submitted.residenceUnitCode()).isEqualTo("26737");
        assertThat(submitted.receivingProvinceCode()).isEqualTo("01");
        assertThat(submitted.appointmentDate()).isEqualTo(receipt.appointmentDate());
    }

    @Test
    void should_name_every_invalid_field_and_store_nothing() {
        Map<String, Object> body = DossierRequests.residenceRegistrationAtBaDinhForTanDinhResident();
        body = DossierRequests.with(body, "channel", "FAX");
        body = DossierRequests.with(body, "applicant.idNumber", "123");
        body = DossierRequests.with(body, "applicant.phone", "12345");
        body = DossierRequests.with(body, "applicant.email", "not-an-email");
        body = DossierRequests.with(body, "applicant.fullName", null);
        body = DossierRequests.with(body, "documents", List.of(Map.of("title", "Tờ khai", "sha256", "xyz")));
        long storedBefore = count("SELECT count(*) FROM dossier");

        List<String> fields = problemFields(body, HttpStatus.BAD_REQUEST);

        assertThat(fields).containsExactlyInAnyOrder("channel", "applicant.idNumber", "applicant.phone", "applicant.email",
                "applicant.fullName", "documents[0].sha256");
        assertThat(count("SELECT count(*) FROM dossier")).isEqualTo(storedBefore);
    }

    @Test
    void should_answer_a_generated_batch_of_malformed_dossiers_with_400_or_422_only_and_store_or_publish_nothing() {
        long storedBefore = count("SELECT count(*) FROM dossier");
        await().atMost(PATIENCE).until(() -> count("SELECT count(*) FROM messaging.outbox") == 0);
        long publishedBefore = published();
        List<Map<String, Object>> bodies = MalformedDossiers.generate(DossierRequests.residenceRegistrationAtBaDinhForTanDinhResident(), 300, 20261122L);
        int accepted = 0;

        for (Map<String, Object> body : bodies) {
            int status = http.post().uri("/api/v1/dossiers").contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange()
                    .returnResult(String.class).getStatus().value();
            if (status == 201) {
                accepted++;
                continue;
            }
            assertThat(status).as("answer to %s", body).isIn(400, 422);
        }

        // A few corruptions leave a valid dossier (an e-mail dropped, a document list emptied): those are accepted.
        long acceptedCount = accepted;
        assertThat(count("SELECT count(*) FROM dossier")).isEqualTo(storedBefore + acceptedCount);
        await().atMost(PATIENCE).untilAsserted(() -> {
            assertThat(count("SELECT count(*) FROM messaging.outbox")).isZero();
            assertThat(published()).isEqualTo(publishedBefore + acceptedCount);
        });
        assertThat(acceptedCount).as("most corruptions must be refused").isLessThan(bodies.size() / 4);
    }

    @Test
    void should_refuse_an_identity_number_whose_first_digits_are_no_province() {
        Map<String, Object> body = DossierRequests.with(DossierRequests.residenceRegistrationAtBaDinhForTanDinhResident(),
                "applicant.idNumber", "099099012345");

        assertThat(problemFields(body, HttpStatus.BAD_REQUEST)).containsExactly("applicant.idNumber");
    }

    @Test
    void should_refuse_a_desk_filing_labelled_online_unless_the_clerk_is_the_citizens_recorded_helper() {
        Map<String, Object> online = DossierRequests.with(DossierRequests.residenceRegistrationAtBaDinhForTanDinhResident(), "channel", "ONLINE");
        long storedBefore = count("SELECT count(*) FROM dossier");

        assertThat(problemFields(online, HttpStatus.BAD_REQUEST)).containsExactly("channel");
        assertThat(count("SELECT count(*) FROM dossier")).isEqualTo(storedBefore);

        Receipt helped = register(DossierRequests.with(online, "assistance", Map.of("helperRole", "CLERK")), UUID.randomUUID().toString(),
                HttpStatus.CREATED);
        assertThat(count("SELECT count(*) FROM dossier WHERE id = '" + helped.id() + "' AND channel = 'ONLINE'")).isEqualTo(1);
    }

    @Test
    void should_name_the_field_that_has_a_value_of_the_wrong_shape() {
        Map<String, Object> body = DossierRequests.with(DossierRequests.residenceRegistrationAtBaDinhForTanDinhResident(), "applicant", "Nguyễn Văn An");

        assertThat(problemFields(body, HttpStatus.BAD_REQUEST)).containsExactly("applicant");
        http.post().uri("/api/v1/dossiers").contentType(MediaType.APPLICATION_JSON).bodyValue("{ \"procedureCode\": ").exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("body");
    }

    @Test
    void should_answer_422_for_a_procedure_that_is_not_offered_or_a_unit_that_does_not_exist() {
        Map<String, Object> body = DossierRequests.with(DossierRequests.residenceRegistrationAtBaDinhForTanDinhResident(), "procedureCode", "9.999999");
        body = DossierRequests.with(body, "applicant.residenceUnitCode", "26734");
        long storedBefore = count("SELECT count(*) FROM dossier");
        long outboxBefore = count("SELECT count(*) FROM messaging.outbox");

        assertThat(problemFields(body, HttpStatus.UNPROCESSABLE_CONTENT)).containsExactlyInAnyOrder("procedureCode", "applicant.residenceUnitCode");
        assertThat(count("SELECT count(*) FROM dossier")).isEqualTo(storedBefore);
        assertThat(count("SELECT count(*) FROM messaging.outbox")).isLessThanOrEqualTo(outboxBefore);
    }

    @Test
    void should_take_an_address_from_an_old_identity_card_and_never_guess_a_split_commune() {
        Map<String, Object> oldCard = DossierRequests.with(DossierRequests.residenceRegistrationAtBaDinhForTanDinhResident(),
                "applicant.residenceUnitCode", null);
        oldCard = DossierRequests.with(oldCard, "applicant.formerResidenceUnitCode", "26734");

        Receipt receipt = register(oldCard, null, HttpStatus.CREATED);

        DossierSubmitted submitted = TestEvents.decode(eventOf(receipt.id()).value(), DossierSubmitted.class);
        assertThat(submitted.residenceUnitCode()).isEqualTo("26737");

        Map<String, Object> split = DossierRequests.with(oldCard, "applicant.formerResidenceUnitCode", "00016");
        Map<String, Object> problem = http.post().uri("/api/v1/dossiers").contentType(MediaType.APPLICATION_JSON).bodyValue(split).exchange()
                .expectStatus().isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT)
                .expectBody(Map.class).returnResult().getResponseBody();
        assertThat(problem.get("errors").toString()).contains("applicant.formerResidenceUnitCode", "was split", "00004 Phường Ba Đình");
    }

    @Test
    void should_return_the_same_dossier_for_a_repeated_idempotency_key_and_refuse_it_with_another_body() {
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = DossierRequests.residenceRegistrationAtBaDinhForTanDinhResident();

        Receipt first = register(body, key, HttpStatus.CREATED);
        Receipt again = register(body, key, HttpStatus.OK);

        assertThat(again.code()).isEqualTo(first.code());
        assertThat(again.id()).isEqualTo(first.id());
        http.post().uri("/api/v1/dossiers").header("Idempotency-Key", key).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(DossierRequests.with(body, "resultDelivery", "ONLINE")).exchange()
                .expectStatus().isEqualTo(HttpStatus.CONFLICT)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(count("SELECT count(*) FROM dossier WHERE id = '" + first.id() + "'")).isEqualTo(1);
    }

    @Test
    void should_create_one_dossier_when_the_same_key_arrives_many_times_at_once() throws Exception {
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = DossierRequests.residenceRegistrationAtBaDinhForTanDinhResident();
        long storedBefore = count("SELECT count(*) FROM dossier");
        ExecutorService clients = Executors.newFixedThreadPool(8);
        try {
            List<Callable<String>> repeats = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                repeats.add(() -> http.post().uri("/api/v1/dossiers").header("Idempotency-Key", key).contentType(MediaType.APPLICATION_JSON)
                        .bodyValue(body).exchange().expectStatus().is2xxSuccessful().expectBody(Receipt.class).returnResult().getResponseBody().code());
            }
            Set<String> codes = new java.util.HashSet<>();
            for (Future<String> code : clients.invokeAll(repeats)) {
                codes.add(code.get());
            }
            assertThat(codes).hasSize(1);
        } finally {
            clients.shutdownNow();
        }
        assertThat(count("SELECT count(*) FROM dossier")).isEqualTo(storedBefore + 1);
    }

    @Test
    void should_follow_routing_decisions_in_the_status_view() {
        Receipt receipt = register(DossierRequests.residenceRegistrationAtBaDinhForTanDinhResident(), null, HttpStatus.CREATED);
        DossierRouted routed = new DossierRouted(UUID.randomUUID(), receipt.id(), receipt.code(), OffsetDateTime.now(), "1.004222", "00004", "01",
                Channel.DESK, receipt.receivedAt(), receipt.dueAt(),
                new AuthorityRef("CA-26737", "Công an Phường Tân Định", AuthorityLevel.COMMUNE, "26737", "79", "CA"),
                "RESIDENCE/COMMUNE/CA", true, true, null);

        TestEvents.publish(kafka, Topics.ROUTING, routed);

        await().atMost(PATIENCE).untilAsserted(() -> http.get().uri("/api/v1/dossiers/{code}", receipt.code()).exchange()
                .expectBody()
                .jsonPath("$.status").isEqualTo("ROUTED")
                .jsonPath("$.authority.id").isEqualTo("CA-26737")
                .jsonPath("$.crossBoundary").isEqualTo(true)
                .jsonPath("$.history[1].status").isEqualTo("ROUTED"));
        // The authority's processors follow it; another authority's get what an unknown code gets.
        intake.as("PROCESSOR", "CA-26737").get().uri("/api/v1/dossiers/{code}", receipt.code()).exchange()
                .expectStatus().isOk();
        String other = intake.as("PROCESSOR", "UBND-00004").get().uri("/api/v1/dossiers/{code}", receipt.code()).exchange()
                .expectStatus().isNotFound()
                .expectBody(String.class).returnResult().getResponseBody();
        assertThat(other).doesNotContain("CA-26737").doesNotContain("1.004222");
    }

    @Test
    void should_receive_a_dossier_at_the_clerks_own_desk_only_and_record_the_clerk() {
        Map<String, Object> atTanDinh = new java.util.HashMap<>(DossierRequests.residenceRegistrationAtBaDinhForTanDinhResident());
        atTanDinh.put("receivingUnitCode", "26737");
        http.post().uri("/api/v1/dossiers").contentType(MediaType.APPLICATION_JSON).bodyValue(atTanDinh).exchange()
                .expectStatus().isForbidden()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("receivingUnitCode");

        Map<String, Object> noDesk = new java.util.HashMap<>(DossierRequests.residenceRegistrationAtBaDinhForTanDinhResident());
        noDesk.remove("receivingUnitCode");
        Receipt receipt = intake.as("CLERK", "26737").post().uri("/api/v1/dossiers").contentType(MediaType.APPLICATION_JSON).bodyValue(noDesk)
                .exchange()
                .expectStatus().isCreated()
                .expectBody(Receipt.class).returnResult().getResponseBody();
        String code = receipt.code();
        intake.as("CLERK", "00004").get().uri("/api/v1/dossiers/{code}", code).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.receivingUnitCode").isEqualTo("26737")
                .jsonPath("$.history[0].note").value(note -> assertThat((String) note).contains("Phường Tân Định").contains("Cán bộ clerk-26737"))
                .jsonPath("$.history[0].noteCode").isEqualTo("received.desk")
                .jsonPath("$.history[0].noteArgs[0]").isEqualTo("Phường Tân Định")
                .jsonPath("$.history[0].noteBy").isEqualTo("Cán bộ clerk-26737");
        ConsumerRecord<String, byte[]> announced = eventOf(receipt.id());
        tools.jackson.databind.JsonNode by = tools.jackson.databind.json.JsonMapper.builder().build().readTree(announced.value()).get("by");
        assertThat(by.get("name").asString()).isEqualTo("Cán bộ clerk-26737");
        assertThat(by.get("unitCode").asString()).isEqualTo("26737");
        assertThat(by.get("role").asString()).isEqualTo("CLERK");
    }

    @Test
    void should_refuse_a_caller_without_a_valid_token_of_the_trusted_issuer() {
        TestIssuer issuer = TestIssuer.shared();
        List<String> refused = List.of("", "not-a-jwt", issuer.expiredToken("CLERK", "00004"), issuer.forgedToken("CLERK", "00004"),
                issuer.tokenOfAnotherIssuer("CLERK", "00004"), issuer.tokenForAnotherAudience("CLERK", "00004"));
        for (String token : refused) {
            WebTestClient caller = token.isEmpty() ? intake.http() : intake.withToken(token);
            caller.post().uri("/api/v1/dossiers").contentType(MediaType.APPLICATION_JSON)
                    .bodyValue(DossierRequests.residenceRegistrationAtBaDinhForTanDinhResident()).exchange()
                    .expectStatus().isUnauthorized()
                    .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .expectHeader().value(HttpHeaders.WWW_AUTHENTICATE, challenge -> assertThat(challenge).startsWith("Bearer"))
                    .expectBody().jsonPath("$.status").isEqualTo(401);
        }
        // A valid token in a role that may not file: 403, and nothing stored.
        long before = count("SELECT count(*) FROM dossier");
        intake.as("PROCESSOR", "CA-26737").post().uri("/api/v1/dossiers").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(DossierRequests.residenceRegistrationAtBaDinhForTanDinhResident()).exchange()
                .expectStatus().isForbidden()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        intake.as("CLERK", null).post().uri("/api/v1/dossiers").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(DossierRequests.residenceRegistrationAtBaDinhForTanDinhResident()).exchange()
                .expectStatus().isForbidden();
        assertThat(count("SELECT count(*) FROM dossier")).isEqualTo(before);
    }

    @Test
    void should_reveal_the_status_only_to_the_right_secret_and_nothing_personal() {
        Receipt receipt = register(DossierRequests.residenceRegistrationAtBaDinhForTanDinhResident(), null, HttpStatus.CREATED);

        http.get().uri("/api/v1/public/dossiers/{code}?secret={secret}", receipt.code(), receipt.lookupSecret()).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.code").isEqualTo(receipt.code())
                .jsonPath("$.status").isEqualTo("RECEIVED")
                .jsonPath("$.appointmentDate").isEqualTo(receipt.appointmentDate().toString())
                .jsonPath("$.applicant").doesNotExist()
                .jsonPath("$.receivingUnitCode").doesNotExist();
        String wrongSecret = http.get().uri("/api/v1/public/dossiers/{code}?secret=WRONGWRONG", receipt.code()).exchange()
                .expectStatus().isNotFound().expectBody(String.class).returnResult().getResponseBody();
        String unknownCode = http.get().uri("/api/v1/public/dossiers/00004-000000-99999?secret=WRONGWRONG").exchange()
                .expectStatus().isNotFound().expectBody(String.class).returnResult().getResponseBody();
        assertThat(wrongSecret.replace(receipt.code(), "X")).isEqualTo(unknownCode.replace("00004-000000-99999", "X"));
    }

    @Test
    void should_make_a_client_that_looks_up_too_often_wait_while_others_still_get_answers() {
        Receipt receipt = register(DossierRequests.residenceRegistrationAtBaDinhForTanDinhResident(), null, HttpStatus.CREATED);
        String guesser = "203.0.113." + (1 + new java.util.Random().nextInt(200));

        List<Integer> answers = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            answers.add(http.get().uri("/api/v1/public/dossiers/{code}?secret=GUESS{n}", receipt.code(), 10_000 + i)
                    .header("X-Forwarded-For", guesser).exchange().returnResult(String.class).getStatus().value());
        }

        assertThat(answers.subList(0, 30)).containsOnly(404);
        assertThat(answers.subList(30, 40)).containsOnly(429);
        http.get().uri("/api/v1/public/dossiers/{code}?secret={secret}", receipt.code(), receipt.lookupSecret())
                .header("X-Forwarded-For", guesser).exchange()
                .expectStatus().isEqualTo(HttpStatus.TOO_MANY_REQUESTS)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader().value(HttpHeaders.RETRY_AFTER, retryAfter -> assertThat(Long.parseLong(retryAfter)).isBetween(1L, 60L))
                .expectBody().jsonPath("$.status").isEqualTo(429).jsonPath("$.code").doesNotExist();
        http.get().uri("/api/v1/public/dossiers/{code}?secret={secret}", receipt.code(), receipt.lookupSecret())
                .header("X-Forwarded-For", "198.51.100.20").exchange()
                .expectStatus().isOk();
    }

    @Test
    void should_print_a_receipt_whose_text_and_qr_code_a_citizen_can_use() throws Exception {
        Receipt receipt = register(DossierRequests.residenceRegistrationAtBaDinhForTanDinhResident(), null, HttpStatus.CREATED);

        byte[] pdf = http.get().uri("/api/v1/dossiers/{code}/receipt", receipt.code()).exchange()
                .expectStatus().isOk()
                .expectHeader().contentType(MediaType.APPLICATION_PDF)
                .expectBody(byte[].class).returnResult().getResponseBody();

        java.nio.file.Files.write(java.nio.file.Path.of("target", "receipt-sample.pdf"), pdf);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains(receipt.code())
                    .contains(receipt.appointmentDate().format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")))
                    .contains("GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ")
                    .contains("Đăng ký thường trú")
                    .contains("Phường Ba Đình, Thành phố Hà Nội")
                    .contains("Nguyễn Văn An")
                    .contains(receipt.lookupSecret());
            BufferedImage page = new PDFRenderer(document).renderImageWithDPI(0, 200);
            String scanned = new MultiFormatReader().decode(new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(page)))).getText();
            assertThat(scanned).endsWith("/tra-cuu/" + receipt.code() + "?secret=" + receipt.lookupSecret());
        }
        http.get().uri("/api/v1/dossiers/00004-000000-99999/receipt").exchange().expectStatus().isNotFound();
        // The receipt carries the applicant's name and the look-up secret: another desk gets a 404, not the receipt.
        intake.as("CLERK", "26737").get().uri("/api/v1/dossiers/{code}/receipt", receipt.code()).exchange()
                .expectStatus().isNotFound()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void should_preview_the_appointment_a_receipt_would_promise() {
        // Wednesday 29 Apr 2026: 30 Apr and 1 May are holidays, so 7 working days end on Tuesday 12 May.
        http.get().uri("/api/v1/appointment-preview?procedureCode={code}&receivedAt={at}", "1.004222", "2026-04-29T09:00:00+07:00").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.appointmentDate").isEqualTo("2026-05-12")
                .jsonPath("$.dueAt").isEqualTo("2026-05-12T17:00:00+07:00");
        // Thông báo lưu trú is counted in working hours: Monday 23 Nov 2026 10:30 + 4 h = 15:30.
        http.get().uri("/api/v1/appointment-preview?procedureCode=2.001159&receivedAt={at}&receivingUnitCode=26737", "2026-11-23T10:30:00+07:00")
                .exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.dueAt").isEqualTo("2026-11-23T15:30:00+07:00");
        http.get().uri("/api/v1/appointment-preview?procedureCode=9.999999").exchange()
                .expectStatus().isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT);
        http.get().uri("/api/v1/appointment-preview?procedureCode=1.004222&receivingUnitCode=99999").exchange()
                .expectStatus().isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT);
    }

    @Test
    void should_name_a_missing_document_of_a_supplement_rather_than_fail() {
        Receipt receipt = register(DossierRequests.residenceRegistrationAtBaDinhForTanDinhResident(), null, HttpStatus.CREATED);

        http.post().uri("/api/v1/dossiers/{code}/supplements", receipt.code()).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("documents", java.util.Arrays.asList((Object) null))).exchange()
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("documents[0]");
    }

    @Test
    void should_do_its_one_outside_call_refunds_as_the_platforms_outbound_work_and_nothing_of_the_national_systems() {
        intake.as("OPERATOR", "national").get().uri("/api/v1/outbound-work/kinds").exchange().expectStatus().isOk().expectBody()
                .jsonPath("$[*].kind").isEqualTo(List.of("refund"))
                .jsonPath("$[0].policy.maxAttempts").isEqualTo(0);
        // The national systems are exchange-service's: intake's old paths are gone.
        Receipt receipt = register(DossierRequests.residenceRegistrationAtBaDinhForTanDinhResident(), null, HttpStatus.CREATED);
        http.get().uri("/api/v1/dossiers/{code}/identity-check", receipt.code()).exchange().expectStatus().isNotFound();
        http.get().uri("/api/v1/dossiers/{code}/postal-dispatch", receipt.code()).exchange().expectStatus().isNotFound();
        intake.as("OPERATOR", "national").get().uri("/api/v1/portal-sync/backlog").exchange().expectStatus().isNotFound();
    }

    @Test
    void should_answer_404_as_problem_json_for_an_unknown_dossier() {
        http.get().uri("/api/v1/dossiers/00004-000000-99999").exchange()
                .expectStatus().isNotFound()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.status").isEqualTo(404).jsonPath("$.title").exists();
    }

    record Receipt(UUID id, String code, String status, OffsetDateTime receivedAt, LocalDate appointmentDate, OffsetDateTime dueAt,
                   String lookupSecret) {
    }

    private static Receipt register(Map<String, Object> body, String key, HttpStatus expected) {
        WebTestClient.RequestBodySpec request = http.post().uri("/api/v1/dossiers").contentType(MediaType.APPLICATION_JSON);
        if (key != null) {
            request = request.header("Idempotency-Key", key);
        }
        return request.bodyValue(body).exchange().expectStatus().isEqualTo(expected).expectBody(Receipt.class).returnResult().getResponseBody();
    }

    @SuppressWarnings("unchecked")
    private static List<String> problemFields(Map<String, Object> body, HttpStatus expected) {
        Map<String, Object> problem = http.post().uri("/api/v1/dossiers").contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange()
                .expectStatus().isEqualTo(expected)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody(Map.class).returnResult().getResponseBody();
        assertThat(problem).containsKeys("type", "title", "status", "detail");
        return ((List<Map<String, String>>) problem.get("errors")).stream().map(error -> error.get("field")).toList();
    }

    /** Events this intake has published so far (the relay's counter). */
    private static long published() {
        return (long) intake.bean(io.micrometer.core.instrument.MeterRegistry.class).find(vn.gov.dossier.platform.metrics.MetricNames.OUTBOX_PUBLISHED)
                .counters().stream().mapToDouble(counter -> counter.count()).sum();
    }

    private static long count(String sql) {
        return intake.bean(DatabaseClient.class).sql(sql).map((row, meta) -> row.get(0, Long.class)).one().block();
    }

    /** The event keyed by this dossier's id (codes repeat across the test databases that share this broker). */
    private static ConsumerRecord<String, byte[]> eventOf(UUID dossierId) {
        String key = dossierId.toString();
        return kafka.readUntil(Topics.INTAKE, records -> records.stream().anyMatch(r -> key.equals(r.key())), PATIENCE).stream()
                .filter(r -> key.equals(r.key()))
                .findFirst().orElseThrow(() -> new AssertionError("no event announced dossier " + key));
    }

    @Test
    void should_forget_idempotency_keys_and_applied_event_ids_only_after_their_retention() throws Exception {
        DatabaseEndpoint db = intake.infrastructure().database("intake_it");
        try (Connection connection = DriverManager.getConnection(db.jdbcUrl(), db.username(), db.password());
             Statement sql = connection.createStatement()) {
            sql.execute("INSERT INTO idempotency_key (key, fingerprint, created_at) VALUES ('old-key', 'x', now() - interval '31 days'), "
                    + "('recent-key', 'x', now() - interval '29 days')");
            sql.execute("INSERT INTO messaging.inbox (consumer, event_id, processed_at) VALUES "
                    + "('retention-test', '00000000-0000-0000-0000-000000000001', now() - interval '91 days'), "
                    + "('retention-test', '00000000-0000-0000-0000-000000000002', now() - interval '89 days')");

            Long deleted = intake.bean(Retention.class).applyOnce().block(Duration.ofSeconds(30));

            assertThat(deleted).isGreaterThanOrEqualTo(2);
            try (ResultSet keys = sql.executeQuery("SELECT string_agg(key, ',' ORDER BY key) FROM idempotency_key WHERE key LIKE '%-key'")) {
                keys.next();
                assertThat(keys.getString(1)).isEqualTo("recent-key");
            }
            try (ResultSet ids = sql.executeQuery("SELECT string_agg(event_id::text, ',') FROM messaging.inbox WHERE consumer = 'retention-test'")) {
                ids.next();
                assertThat(ids.getString(1)).isEqualTo("00000000-0000-0000-0000-000000000002");
            }
        }
    }
}
