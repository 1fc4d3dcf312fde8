package vn.gov.dossier.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.gov.dossier.infra.SamplePapers.pdf;
import static vn.gov.dossier.infra.SamplePapers.sha256;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.MediaType;
import org.springframework.http.client.MultipartBodyBuilder;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.BodyInserters;
import vn.gov.dossier.infra.LocalFiles;
import vn.gov.dossier.infra.SharedInfrastructure;
import vn.gov.dossier.intake.PaymentProperties;
import com.github.tomakehurst.wiremock.WireMockServer;
import vn.gov.dossier.stack.NationalPortalStandIn;
import vn.gov.dossier.stack.OutsideSystems;
import vn.gov.dossier.stack.PaymentPlatformStandIn;
import vn.gov.dossier.stack.ServiceSpec;
import vn.gov.dossier.stack.Stack;

/**
 * Full online public service, as the provinces count it: a citizen signed in with their electronic identity files
 * online with a paper, pays the fee at the payment platform (whose signed callback confirms it, once), and downloads
 * the signed result; another citizen starts a dossier that a support team member finishes at a desk; an officer on a
 * home visit files for an elderly applicant; and the commune's indicators count exactly that.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OnlineServiceIT {

    private static final String AN = "001099012345";
    private static final String BICH = "079185004321";
    private static final String LEVEL_ONE = "001203009999";

    private Stack stack;
    private Casework casework;
    private PaymentPlatformStandIn platform;
    private WireMockServer population;
    private NationalPortalStandIn portal;

    @BeforeAll
    void start() throws IOException {
        platform = PaymentPlatformStandIn.start(0, PaymentProperties.LOCAL_SECRET);
        population = OutsideSystems.populationDatabase(0);
        portal = NationalPortalStandIn.start(0);
        int intakePort = LocalFiles.freePort();
        Path papers = Files.createTempDirectory("online-papers");
        Path signing = Files.createTempDirectory("online-signing");
        stack = new Stack(SharedInfrastructure.get(), "_online", Officials.trusting(List.of("--dossier.papers.directory=" + papers,
                "--dossier.signing.development-folder=" + signing, "--dossier.payment.url=http://localhost:" + platform.port(),
                "--dossier.payment.callback-url=http://localhost:" + intakePort + "/api/v1/public/payments/callback",
                "--dossier.security.citizen-assurance=vneid-2", "--dossier.national.population-url=http://localhost:" + population.port(),
                "--dossier.national.portal-url=http://localhost:" + portal.port(), "--dossier.outbound.kinds.identity-check.poll-interval=PT1S",
                "--dossier.outbound.kinds.portal-sync.poll-interval=PT1S", "--dossier.reporting.gauge-refresh=PT1S",
                "--dossier.payment.refunded-on-rejection=2.000815", "--dossier.outbound.kinds.refund.poll-interval=PT1S")));
        stack.start(ServiceSpec.INTAKE, intakePort);
        stack.start(ServiceSpec.ROUTING, 0);
        stack.start(ServiceSpec.PROCESSING, 0);
        stack.start(ServiceSpec.REPORTING, 0);
        stack.start(ServiceSpec.EXCHANGE, 0);
        casework = new Casework(stack);
    }

    @AfterAll
    void stop() {
        if (stack != null) {
            stack.close();
        }
        if (platform != null) {
            platform.close();
        }
        if (population != null) {
            population.stop();
        }
        if (portal != null) {
            portal.close();
        }
    }

    /** First: its figures are a hand count of this test's dossiers alone. */
    @Test
    @Order(1)
    @SuppressWarnings("unchecked")
    void should_file_pay_and_collect_online_finish_a_started_dossier_at_a_desk_file_on_a_home_visit_and_count_it_all() throws Exception {
        WebTestClient an = Clients.as(stack, ServiceSpec.INTAKE, AN);

        // Online, with electronic identity: the applicant is the citizen the token names, whatever the body says.
        Map<String, Object> mine = online("1.004222", "00004", "26737");
        ((Map<String, Object>) mine.get("applicant")).put("idNumber", "046195000123");
        an.post().uri("/api/v1/citizen/dossiers").contentType(MediaType.APPLICATION_JSON).bodyValue(mine).exchange()
                .expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("applicant.idNumber");
        ((Map<String, Object>) mine.get("applicant")).remove("idNumber");
        byte[] declaration = pdf("Tờ khai thay đổi thông tin cư trú");
        mine.put("documents", List.of(Map.of("title", "Tờ khai", "file", "to-khai.pdf", "sha256", sha256(declaration))));
        MultipartBodyBuilder parts = new MultipartBodyBuilder();
        parts.part("dossier", mine, MediaType.APPLICATION_JSON);
        parts.part("papers", new ByteArrayResource(declaration)).filename("to-khai.pdf").contentType(MediaType.APPLICATION_PDF);
        Map<String, Object> receipt = an.post().uri("/api/v1/citizen/dossiers").contentType(MediaType.MULTIPART_FORM_DATA)
                .body(BodyInserters.fromMultipartData(parts.build())).exchange()
                .expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody();
        String code = (String) receipt.get("code");
        assertThat(receipt).containsEntry("feeVnd", 20000);
        an.get().uri("/api/v1/citizen/dossiers").exchange().expectStatus().isOk().expectBody()
                .jsonPath("$[0].code").isEqualTo(code).jsonPath("$[0].channel").isEqualTo("ONLINE").jsonPath("$[0].electronicIdentity").isEqualTo(true);
        // Another citizen does not see it; a level-1 electronic identity may not file.
        Clients.as(stack, ServiceSpec.INTAKE, BICH).get().uri("/api/v1/citizen/dossiers/{code}", code).exchange().expectStatus().isNotFound();
        Clients.as(stack, ServiceSpec.INTAKE, LEVEL_ONE).post().uri("/api/v1/citizen/dossiers").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(online("1.004222", "00004", "26737")).exchange().expectStatus().isForbidden();

        // The fee, paid at the platform; only its signed callback makes it paid, and only once.
        Map<String, Object> payment = an.post().uri("/api/v1/citizen/dossiers/{code}/payments", code).exchange()
                .expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody();
        assertThat(payment).containsEntry("status", "PENDING").containsEntry("amountVnd", 20000);
        String checkout = (String) payment.get("checkoutUrl");
        HttpClient browser = HttpClient.newHttpClient();
        assertThat(browser.send(HttpRequest.newBuilder(URI.create(checkout)).build(), HttpResponse.BodyHandlers.ofString()).body())
                .contains("20.000 đồng");
        HttpResponse<Void> paid = browser.send(HttpRequest.newBuilder(URI.create(checkout + "/pay")).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.discarding());
        assertThat(paid.statusCode()).isEqualTo(303);
        assertThat(paid.headers().firstValue("Location")).hasValueSatisfying(back -> assertThat(back).endsWith("/tra-cuu/" + code));
        an.get().uri("/api/v1/citizen/dossiers/{code}/payments", code).exchange().expectStatus().isOk().expectBody()
                .jsonPath("$[0].status").isEqualTo("PAID").jsonPath("$[0].transactionId").value(String.class, tx -> assertThat(tx).startsWith("PAY-"));
        an.post().uri("/api/v1/citizen/dossiers/{code}/payments", code).exchange().expectStatus().isEqualTo(409);
        byte[] replay = ("{\"reference\":\"" + payment.get("id") + "\",\"status\":\"PAID\",\"amountVnd\":20000,\"transactionId\":\"PAY-X\","
                + "\"paidAt\":\"2026-11-29T09:00:00+07:00\"}").getBytes(StandardCharsets.UTF_8);
        WebTestClient anyone = Clients.of(stack, ServiceSpec.INTAKE);
        anyone.post().uri("/api/v1/public/payments/callback").contentType(MediaType.APPLICATION_JSON).header("X-Payment-Signature", "00ff")
                .bodyValue(replay).exchange().expectStatus().isUnauthorized();
        anyone.post().uri("/api/v1/public/payments/callback").contentType(MediaType.APPLICATION_JSON)
                .header("X-Payment-Signature", platform.sign(replay)).bodyValue(replay).exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("PAID");

        // The authority decides with a signed result; the citizen downloads it, which hands it over online.
        await().atMost(Casework.PATIENCE).untilAsserted(() -> casework.caseView(code));
        casework.act(code, "accept", null).expectStatus().isAccepted();
        MultipartBodyBuilder decision = new MultipartBodyBuilder();
        decision.part("decision", Map.of("outcome", "APPROVED", "reason", "Đủ điều kiện đăng ký thường trú"), MediaType.APPLICATION_JSON);
        decision.part("result", new ByteArrayResource(onePagePdf())).filename("ket-qua.pdf").contentType(MediaType.APPLICATION_PDF);
        casework.processing().post().uri("/api/v1/cases/{code}/decision", code).contentType(MediaType.MULTIPART_FORM_DATA)
                .body(BodyInserters.fromMultipartData(decision.build())).exchange().expectStatus().isAccepted();
        casework.act(code, "result-ready", null).expectStatus().isAccepted();
        casework.awaitBoth(code, "RESULT_READY");
        Clients.as(stack, ServiceSpec.INTAKE, BICH).get().uri("/api/v1/citizen/dossiers/{code}/result", code).exchange().expectStatus().isNotFound();
        byte[] result = an.get().uri("/api/v1/citizen/dossiers/{code}/result", code).exchange().expectStatus().isOk()
                .expectHeader().contentType(MediaType.APPLICATION_PDF).expectBody(byte[].class).returnResult().getResponseBody();
        assertThat(new String(result, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        casework.awaitBoth(code, "RETURNED");

        // Another citizen starts a dossier online; a rapid-response team member at Ba Đình finishes it with her.
        WebTestClient bich = Clients.as(stack, ServiceSpec.INTAKE, BICH);
        Map<String, Object> draft = bich.post().uri("/api/v1/citizen/drafts").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(online("2.000815", "00004", "00008")).exchange().expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody();
        String draftCode = (String) draft.get("code");
        WebTestClient support = Clients.as(stack, ServiceSpec.INTAKE, "support-00004");
        support.get().uri("/api/v1/drafts/{code}", draftCode).exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.citizenName").isEqualTo("Trần Thị Bích").jsonPath("$.request.applicant.idNumber").isEqualTo(BICH);
        support.post().uri("/api/v1/dossiers").contentType(MediaType.APPLICATION_JSON).bodyValue(Desk.certifiedCopyAtBaDinh()).exchange()
                .expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("assistance.helperRole");
        Map<String, Object> help = Map.of("assistance", Map.of("helperRole", "RAPID_RESPONSE_TEAM", "shift", "MORNING"));
        String helped = (String) support.post().uri("/api/v1/drafts/{code}/submission", draftCode).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(help).exchange().expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody().get("code");
        assertThat(support.post().uri("/api/v1/drafts/{code}/submission", draftCode).contentType(MediaType.APPLICATION_JSON).bodyValue(help)
                .exchange().expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody()).containsEntry("code", helped);
        bich.get().uri("/api/v1/citizen/dossiers/{code}", helped).exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.channel").isEqualTo("ONLINE");

        // A home visit for an elderly applicant: requested at Ba Đình, scheduled and assigned, filed on the spot, the result posted.
        WebTestClient desk = Clients.as(stack, ServiceSpec.INTAKE, "clerk-00004");
        desk.post().uri("/api/v1/home-visits").contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("applicantName", "Lê Văn Tư",
                "street", "8 Phan Đình Phùng", "reason", "SLEEPING")).exchange().expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("reason");
        String visitId = (String) desk.post().uri("/api/v1/home-visits").contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of(
                        "applicantName", "Lê Văn Tư", "phone", "0912000111", "street", "8 Phan Đình Phùng", "reason", "ELDERLY",
                        "procedureCode", "1.004222")).exchange()
                .expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody().get("id");
        Clients.as(stack, ServiceSpec.INTAKE, "clerk-26737").get().uri("/api/v1/home-visits/{id}", visitId).exchange().expectStatus().isNotFound();
        desk.post().uri("/api/v1/home-visits/{id}/schedule", visitId).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("day", java.time.LocalDate.now(java.time.ZoneOffset.ofHours(7)).plusDays(1).toString(), "shift", "AFTERNOON",
                        "assignedTo", "Nguyễn Thị Lan")).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.status").isEqualTo("SCHEDULED").jsonPath("$.assignedTo").isEqualTo("Nguyễn Thị Lan");
        Map<String, Object> onTheSpot = Desk.residenceRegistrationAtBaDinhForTanDinhResident();
        onTheSpot.put("homeVisitId", visitId);
        onTheSpot.remove("channel");
        onTheSpot.remove("resultDelivery");
        Map<String, Object> filedOnVisit = desk.post().uri("/api/v1/dossiers").contentType(MediaType.APPLICATION_JSON).bodyValue(onTheSpot).exchange()
                .expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody();
        String visited = (String) filedOnVisit.get("code");
        desk.get().uri("/api/v1/home-visits/{id}", visitId).exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.status").isEqualTo("FILED").jsonPath("$.dossierCode").isEqualTo(visited);
        assertThat(desk.post().uri("/api/v1/dossiers").contentType(MediaType.APPLICATION_JSON).bodyValue(onTheSpot).exchange()
                .expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody()).as("filed once").containsEntry("code", visited);
        await().atMost(Casework.PATIENCE).untilAsserted(() -> assertThat(casework.caseView(visited))
                .containsEntry("channel", "HOME_VISIT").containsEntry("resultDelivery", "POST"));

        // The applicant's identity: checked with the population database for the desk's filings (who asked recorded),
        // by the electronic identity for the citizen's own; exchange-service asks and answers.
        WebTestClient national = Clients.as(stack, ServiceSpec.EXCHANGE, "clerk-00004");
        await().atMost(Casework.PATIENCE).untilAsserted(() -> national.get().uri("/api/v1/dossiers/{code}/identity-check", visited).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.status").isEqualTo("MATCHED").jsonPath("$.askedBy").isEqualTo("Nguyễn Thị Lan"));
        national.get().uri("/api/v1/dossiers/{code}/identity-check", code).exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.status").isEqualTo("ELECTRONIC_IDENTITY");
        assertThat(population.findAll(com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor(
                com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo("/citizens/verify")))).anySatisfy(asked ->
                assertThat(asked.getBodyAsString()).contains("\"askedBy\":\"Nguyễn Thị Lan\"", "\"askedUnit\":\"00004\""));

        // The national portal holds every dossier in its latest state.
        await().atMost(Casework.PATIENCE).untilAsserted(() -> {
            assertThat(portal.dossier(code)).hasValueSatisfying(record -> assertThat(record).containsEntry("status", "RETURNED")
                    .containsEntry("paymentStatus", "PAID").containsEntry("resultAvailable", true).containsEntry("electronicIdentity", true));
            assertThat(portal.dossier(helped)).hasValueSatisfying(record -> assertThat(record).containsEntry("channel", "ONLINE"));
            assertThat(portal.dossier(visited)).hasValueSatisfying(record -> assertThat(record).containsEntry("channel", "HOME_VISIT")
                    .containsEntry("authorityId", "CA-26737"));
        });
        // While the portal is down the changes wait in a visible backlog; re-driven, they go once it is back.
        portal.failing(true);
        casework.act(visited, "accept", null).expectStatus().isAccepted();
        WebTestClient operations = Clients.as(stack, ServiceSpec.EXCHANGE, "ops-01");
        String stuck = "/api/v1/outbound-work?kind=portal-sync&state=STUCK";
        await().atMost(Casework.PATIENCE).untilAsserted(() -> assertThat(operations.get().uri(stuck).exchange()
                .expectStatus().isOk().expectBodyList(Map.class).returnResult().getResponseBody())
                .anySatisfy(waiting -> assertThat(waiting).containsEntry("dossierCode", visited)
                        .hasEntrySatisfying("attempts", attempts -> assertThat((Integer) attempts).isPositive())
                        .hasEntrySatisfying("lastError", error -> assertThat((String) error).contains("503"))));
        portal.failing(false);
        Number waiting = (Number) operations.get().uri(stuck).exchange().expectBodyList(Map.class).returnResult().getResponseBody().stream()
                .filter(item -> visited.equals(item.get("dossierCode"))).findFirst().orElseThrow().get("id");
        operations.post().uri("/api/v1/outbound-work/{id}/redrive", waiting).exchange().expectStatus().isAccepted();
        await().atMost(Casework.PATIENCE).untilAsserted(() -> assertThat(portal.dossier(visited))
                .hasValueSatisfying(record -> assertThat(record).containsEntry("status", "IN_PROCESSING")));
        await().atMost(Casework.PATIENCE).untilAsserted(() -> assertThat(operations.get().uri(stuck).exchange()
                .expectStatus().isOk().expectBodyList(Map.class).returnResult().getResponseBody()).isEmpty());

        // The commune's figures, as a hand count of the above gives them.
        WebTestClient reporting = Clients.as(stack, ServiceSpec.REPORTING, "ops-01");
        await().atMost(Casework.PATIENCE).untilAsserted(() -> {
            Map<String, Object> indicators = reporting.get().uri("/api/v1/indicators?scope=commune:00004").exchange().expectStatus().isOk()
                    .expectBody(Map.class).returnResult().getResponseBody();
            assertThat(indicators).containsEntry("received", 3);
            // The citizen's dossier was decided within the same working day (or outside office hours: no working time).
            assertThat((Double) indicators.get("averageWorkingDaysToResolve")).isNotNull().isBetween(0.0, 1.0);
            assertThat((Map<String, Object>) indicators.get("receivedByChannel")).containsEntry("ONLINE", 2).containsEntry("HOME_VISIT", 1)
                    .containsEntry("DESK", 0);
            Map<String, Object> online = (Map<String, Object>) indicators.get("onlineService");
            assertThat(online).containsEntry("electronicIdentity", 2).containsEntry("withFee", 3).containsEntry("paidOnline", 1)
                    .containsEntry("fullyOnline", 1).containsEntry("assisted", 2).containsEntry("homeVisits", 1);
            assertThat((Double) online.get("fullyOnlineRate")).isCloseTo(1.0 / 3, org.assertj.core.data.Offset.offset(1e-9));
            assertThat((Map<String, Object>) online.get("assistedByHelper")).containsEntry("RAPID_RESPONSE_TEAM", 1)
                    .containsEntry("HOME_VISIT_OFFICER", 1).containsEntry("CLERK", 0);
        });
    }

    @Test
    @Order(2)
    @SuppressWarnings({"unchecked", "rawtypes"})
    void should_rate_every_commune_rank_the_provinces_count_helpers_per_day_and_follow_a_target() {
        Map<String, Object> dossier = Desk.residenceRegistrationAtBaDinhForTanDinhResident();
        dossier.put("channel", "ONLINE");
        dossier.put("assistance", Map.of("helperRole", "YOUTH_VOLUNTEER", "shift", "EVENING"));
        Clients.as(stack, ServiceSpec.INTAKE, "volunteer-00004").post().uri("/api/v1/dossiers").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(dossier).exchange().expectStatus().isCreated();
        WebTestClient hanoi = Clients.as(stack, ServiceSpec.REPORTING, "ops-01");
        await().atMost(Casework.PATIENCE).untilAsserted(() -> assertThat(hanoi.get().uri("/api/v1/assistance?scope=commune:00004").exchange()
                .expectStatus().isOk().expectBodyList(Map.class).returnResult().getResponseBody())
                .anySatisfy(row -> assertThat(row).containsEntry("communeCode", "00004").containsEntry("helperRole", "YOUTH_VOLUNTEER")
                        .containsEntry("helped", 1)));

        // Every commune of Hà Nội, the inactive ones shown as such: "x of N green" is computable.
        List<Map> every = hanoi.get().uri("/api/v1/ratings?province=01&includeInactive=true").exchange().expectStatus().isOk()
                .expectBodyList(Map.class).returnResult().getResponseBody();
        Map<String, Object> summary = hanoi.get().uri("/api/v1/ratings/summary?province=01").exchange().expectStatus().isOk()
                .expectBody(Map.class).returnResult().getResponseBody();
        assertThat(((Number) summary.get("communes")).intValue()).isEqualTo(every.size()).isGreaterThan(100);
        assertThat(every).filteredOn(row -> !"INACTIVE".equals(row.get("rating"))).extracting(row -> row.get("communeCode")).containsExactly("00004");
        assertThat(((Number) summary.get("inactive")).intValue()).isEqualTo(every.size() - 1);
        Clients.as(stack, ServiceSpec.REPORTING, "ops-79").get().uri("/api/v1/ratings/summary?province=01").exchange().expectStatus().isForbidden();

        // The provinces ranked: only Hà Nội has anything online here.
        List<Map> ranking = hanoi.get().uri("/api/v1/rankings?rate=onlineRate").exchange().expectStatus().isOk()
                .expectBodyList(Map.class).returnResult().getResponseBody();
        assertThat(ranking).hasSize(34);
        assertThat(ranking.get(0)).containsEntry("rank", 1).containsEntry("provinceCode", "01");
        assertThat(ranking.get(1)).containsEntry("rank", null).containsEntry("value", null);
        hanoi.get().uri("/api/v1/rankings?rate=happiness").exchange().expectStatus().isBadRequest();

        // A target of 100 % online by the end of the year: off track while a desk filing counts against it, shown and alerted.
        String deadline = java.time.LocalDate.now(java.time.ZoneOffset.ofHours(7)).withDayOfYear(1).plusYears(1).minusDays(1).toString();
        hanoi.put().uri("/api/v1/targets/province:01/onlineRate").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("value", 1.0, "deadline", deadline)).exchange().expectStatus().isOk();
        Clients.as(stack, ServiceSpec.REPORTING, "ops-79").put().uri("/api/v1/targets/province:01/onlineRate").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("value", 0.5, "deadline", deadline)).exchange().expectStatus().isForbidden();
        hanoi.put().uri("/api/v1/targets/province:01/onlineRate").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("value", 80, "deadline", deadline)).exchange().expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("value");
        Map<String, Object> desk = Desk.certifiedCopyAtBaDinh();
        Clients.as(stack, ServiceSpec.INTAKE, "clerk-00004").post().uri("/api/v1/dossiers").contentType(MediaType.APPLICATION_JSON).bodyValue(desk)
                .exchange().expectStatus().isCreated();
        await().atMost(Casework.PATIENCE).untilAsserted(() -> assertThat(hanoi.get().uri("/api/v1/targets?scope=province:01").exchange()
                .expectStatus().isOk().expectBodyList(Map.class).returnResult().getResponseBody()).singleElement().satisfies(target -> {
                    assertThat(target).containsEntry("indicator", "onlineRate").containsEntry("offTrack", true).containsEntry("setBy", "Đặng Thị Mai");
                    assertThat((Double) target.get("current")).isLessThan(1.0).isGreaterThan(0.0);
                }));
        WebTestClient scrape = Clients.management(stack, ServiceSpec.REPORTING).mutate()
                .codecs(codecs -> codecs.defaultCodecs().maxInMemorySize(16 * 1024 * 1024)).build();
        await().atMost(Casework.PATIENCE).untilAsserted(() -> assertThat(scrape.get()
                .uri("/actuator/prometheus").exchange().expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody())
                .containsPattern("dossier_target_off_track\\{[^}]*indicator=\"onlineRate\"[^}]*scope=\"province:01\"[^}]*} 1\\.0"));
    }

    @Test
    @Order(3)
    @SuppressWarnings("unchecked")
    void should_refund_a_fee_paid_twice_and_one_paid_online_when_the_dossier_is_rejected_where_the_procedure_says_so() throws Exception {
        WebTestClient bich = Clients.as(stack, ServiceSpec.INTAKE, BICH);
        Map<String, Object> certified = online("2.000815", "00004", "00008");
        String code = (String) bich.post().uri("/api/v1/citizen/dossiers").contentType(MediaType.APPLICATION_JSON).bodyValue(certified).exchange()
                .expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody().get("code");
        // Two payments opened (two tabs), both paid at the platform: the fee is kept once, the second payment goes back.
        Map<String, Object> payment = bich.post().uri("/api/v1/citizen/dossiers/{code}/payments", code).exchange().expectStatus().isCreated()
                .expectBody(Map.class).returnResult().getResponseBody();
        Map<String, Object> twice = bich.post().uri("/api/v1/citizen/dossiers/{code}/payments", code).exchange().expectStatus().isCreated()
                .expectBody(Map.class).returnResult().getResponseBody();
        for (Map<String, Object> opened : List.of(payment, twice)) {
            HttpResponse<Void> paid = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(opened.get("checkoutUrl") + "/pay"))
                    .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.discarding());
            assertThat(paid.statusCode()).isEqualTo(303);
        }
        await().atMost(Casework.PATIENCE).untilAsserted(() -> assertThat(bich.get().uri("/api/v1/citizen/dossiers/{code}/payments", code).exchange()
                .expectStatus().isOk().expectBodyList(Map.class).returnResult().getResponseBody())
                .extracting(listed -> listed.get("status")).containsExactly("PAID", "REFUNDED"));
        bich.post().uri("/api/v1/citizen/dossiers/{code}/payments", code).exchange().expectStatus().isEqualTo(409);

        WebTestClient authority = Clients.as(stack, ServiceSpec.PROCESSING, "processor-ubnd-00004");
        await().atMost(Casework.PATIENCE).untilAsserted(() -> authority.get().uri("/api/v1/cases/{code}", code).exchange().expectStatus().isOk());
        authority.post().uri("/api/v1/cases/{code}/accept", code).exchange().expectStatus().isAccepted();
        authority.post().uri("/api/v1/cases/{code}/decision", code).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("outcome", "REJECTED", "reason", "Bản chính không hợp lệ")).exchange().expectStatus().isAccepted();

        await().atMost(Casework.PATIENCE).untilAsserted(() -> bich.get().uri("/api/v1/citizen/dossiers/{code}/payments", code).exchange()
                .expectBody().jsonPath("$[0].status").isEqualTo("REFUNDED").jsonPath("$[1].status").isEqualTo("REFUNDED"));
        assertThat(platform.payments()).anySatisfy(held -> assertThat(held).containsEntry("reference", payment.get("id"))
                .containsEntry("status", "REFUNDED"));
        Map<String, Object> view = bich.get().uri("/api/v1/citizen/dossiers/{code}", code).exchange().expectBody(Map.class).returnResult()
                .getResponseBody();
        List<Map<String, Object>> history = Casework.history(view);
        assertThat(history).anySatisfy(entry -> assertThat((String) entry.get("note")).contains("hoàn lại"));
    }

    /** A dossier as a citizen types it online: no ID number (the token says it), result online. */
    private static Map<String, Object> online(String procedure, String commune, String residence) {
        Map<String, Object> applicant = new LinkedHashMap<>();
        applicant.put("phone", "0912345678");
        applicant.put("residenceUnitCode", residence);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("procedureCode", procedure);
        body.put("receivingUnitCode", commune);
        body.put("applicant", applicant);
        body.put("resultDelivery", "ONLINE");
        return body;
    }

    private static byte[] onePagePdf() throws IOException {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.addPage(new PDPage());
            document.save(out);
            return out.toByteArray();
        }
    }
}
