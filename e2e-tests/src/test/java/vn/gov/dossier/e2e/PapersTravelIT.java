package vn.gov.dossier.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.awaitility.Awaitility.await;
import static vn.gov.dossier.infra.SamplePapers.EXE;
import static vn.gov.dossier.infra.SamplePapers.JPEG;
import static vn.gov.dossier.infra.SamplePapers.PDF;
import static vn.gov.dossier.infra.SamplePapers.PNG;
import static vn.gov.dossier.infra.SamplePapers.pdf;
import static vn.gov.dossier.infra.SamplePapers.sha256;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.MediaType;
import org.springframework.http.client.MultipartBodyBuilder;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.BodyInserters;
import vn.gov.dossier.infra.SharedInfrastructure;
import vn.gov.dossier.processing.result.signing.DevelopmentAuthorityKeys;
import vn.gov.dossier.processing.result.signing.PadesVerification;
import vn.gov.dossier.stack.OutsideSystems;
import vn.gov.dossier.stack.ServiceSpec;
import vn.gov.dossier.stack.Stack;

/**
 * The dossier travels whole: filed in Hà Nội with three scanned papers for an authority in Hồ Chí Minh City, it is
 * opened there with the applicant's file and the papers byte for byte; a supplement taken at a third desk shows there as
 * new; bad uploads are refused by name and leave nothing in the paper store.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PapersTravelIT {

    private Stack stack;
    private Casework casework;
    private Path papers;
    private Path signing;
    private WireMockServer postalService;

    @BeforeAll
    void start() throws IOException {
        papers = Files.createTempDirectory("papers-travel");
        signing = Files.createTempDirectory("papers-travel-signing");
        postalService = OutsideSystems.postalService(0);
        stack = new Stack(SharedInfrastructure.get(), "_papers", Officials.trusting(List.of("--dossier.papers.directory=" + papers,
                "--dossier.signing.development-folder=" + signing, "--dossier.national.postal-url=http://localhost:" + postalService.port(),
                "--dossier.outbound.kinds.postal-dispatch.poll-interval=PT1S", "--dossier.outbound.kinds.postal-dispatch.backoff-base=PT1S",
                "--dossier.national.tracking-interval=PT1S", "--dossier.outbound.kinds.postal-tracking.poll-interval=PT1S")));
        stack.start(ServiceSpec.INTAKE, 0);
        stack.start(ServiceSpec.ROUTING, 0);
        stack.start(ServiceSpec.PROCESSING, 0);
        stack.start(ServiceSpec.EXCHANGE, 0);
        casework = new Casework(stack);
    }

    @AfterAll
    void stop() {
        if (stack != null) {
            stack.close();
        }
        if (postalService != null) {
            postalService.stop();
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void should_bring_the_applicants_file_and_papers_to_the_authority_mark_a_later_supplement_new_and_return_a_signed_result()
            throws IOException {
        byte[] declaration = pdf("Tờ khai thay đổi thông tin cư trú");
        Map<String, Object> dossier = elderlyApplicantWithoutAPhone();
        dossier.put("documents", List.of(document("Tờ khai", "to-khai.pdf", declaration), document("Ảnh chân dung", "anh.jpg", JPEG),
                document("Sơ đồ nhà", "so-do.png", PNG)));
        // Uploaded in another order than listed: the authority sees them as the desk listed them.
        Map<String, byte[]> uploads = new LinkedHashMap<>();
        uploads.put("so-do.png", PNG);
        uploads.put("to-khai.pdf", declaration);
        uploads.put("anh.jpg", JPEG);
        Map<String, Object> receipt = file(dossier, uploads)
                .expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody();
        String code = (String) receipt.get("code");

        await().atMost(Casework.PATIENCE).untilAsserted(() -> assertThat((List<?>) casework.caseView(code).get("papers")).hasSize(3));
        Map<String, Object> view = casework.caseView(code);
        Map<String, Object> applicant = (Map<String, Object>) view.get("applicant");
        assertThat(applicant).containsEntry("fullName", "Phạm Văn Thọ").containsEntry("idNumber", "079045000321")
                .containsEntry("birthDate", "1945-05-19").containsEntry("residenceStreet", "15 Trần Quang Khải")
                .containsEntry("helperName", "Phạm Thị Mai").containsEntry("helperPhone", "0903123456").containsEntry("phone", null);
        assertThat(view).containsEntry("resultDelivery", "POST");
        assertThat((Map<String, Object>) view.get("resultAddress")).containsEntry("unitCode", "26737").containsEntry("street", "15 Trần Quang Khải");
        List<Map<String, Object>> listed = (List<Map<String, Object>>) view.get("papers");
        assertThat(listed).extracting(paper -> paper.get("title")).containsExactly("Tờ khai", "Ảnh chân dung", "Sơ đồ nhà");
        assertThat(listed).extracting(paper -> paper.get("mediaType")).containsExactly("application/pdf", "image/jpeg", "image/png");
        assertThat(listed).allSatisfy(paper -> assertThat(paper).containsEntry("isNew", false).containsEntry("unitCode", "00004"));
        for (Map<String, Object> paper : listed) {
            byte[] opened = casework.processing().get().uri("/api/v1/cases/{code}/papers/{id}", code, paper.get("id")).exchange()
                    .expectStatus().isOk().expectHeader().contentType((String) paper.get("mediaType"))
                    .expectBody(byte[].class).returnResult().getResponseBody();
            assertThat(sha256(opened)).as("byte-identical at the authority").isEqualTo(paper.get("sha256"));
        }
        assertThat(sha256(declaration)).isEqualTo(listed.get(0).get("sha256"));

        // Only the dossier's desk and its authority open them; anyone else is answered as if there were no such dossier.
        Clients.as(stack, ServiceSpec.INTAKE, "clerk-00004").get().uri("/api/v1/dossiers/{code}/papers", code).exchange()
                .expectStatus().isOk().expectBodyList(Map.class).hasSize(3);
        Clients.as(stack, ServiceSpec.INTAKE, "clerk-26737").get().uri("/api/v1/dossiers/{code}/papers", code).exchange().expectStatus().isNotFound();
        Clients.as(stack, ServiceSpec.PROCESSING, "processor-stp-01").get().uri("/api/v1/cases/{code}/papers/{id}", code, listed.get(0).get("id"))
                .exchange().expectStatus().isNotFound();

        // The authority asks for a paper; the applicant's helper brings it to a third desk (Phường Hoàng Mai's? any desk).
        casework.act(code, "accept", null).expectStatus().isAccepted();
        casework.act(code, "supplement-request", Map.of("reason", "Thiếu bản sao giấy khai sinh")).expectStatus().isAccepted();
        casework.awaitBoth(code, "AWAITING_SUPPLEMENT");
        byte[] birthCertificate = pdf("Bản sao giấy khai sinh");
        Map<String, Object> supplement = new LinkedHashMap<>();
        supplement.put("note", "Bổ sung giấy khai sinh");
        supplement.put("documents", List.of(document("Bản sao giấy khai sinh", "khai-sinh.pdf", birthCertificate)));
        MultipartBodyBuilder parts = new MultipartBodyBuilder();
        parts.part("supplement", supplement, MediaType.APPLICATION_JSON);
        paper(parts, "khai-sinh.pdf", birthCertificate);
        Clients.as(stack, ServiceSpec.INTAKE, "clerk-08782").post().uri("/api/v1/dossiers/{code}/supplements", code)
                .contentType(MediaType.MULTIPART_FORM_DATA).body(BodyInserters.fromMultipartData(parts.build())).exchange()
                .expectStatus().isAccepted();

        await().atMost(Casework.PATIENCE).untilAsserted(() -> assertThat((List<Map<String, Object>>) casework.caseView(code).get("papers"))
                .hasSize(4).last().satisfies(paper -> assertThat(paper).containsEntry("isNew", true).containsEntry("unitCode", "08782")
                        .containsEntry("title", "Bản sao giấy khai sinh").containsEntry("sha256", sha256(birthCertificate))));
        casework.awaitBoth(code, "IN_PROCESSING");

        // The authority approves with its result document, signed in its name; the first desk and the citizen download it.
        MultipartBodyBuilder decision = new MultipartBodyBuilder();
        decision.part("decision", Map.of("outcome", "APPROVED", "reason", "Đủ điều kiện đăng ký thường trú"), MediaType.APPLICATION_JSON);
        decision.part("result", new ByteArrayResource(onePagePdf())).filename("ket-qua.pdf").contentType(MediaType.APPLICATION_PDF);
        casework.processing().post().uri("/api/v1/cases/{code}/decision", code).contentType(MediaType.MULTIPART_FORM_DATA)
                .body(BodyInserters.fromMultipartData(decision.build())).exchange().expectStatus().isAccepted();
        casework.act(code, "result-ready", null).expectStatus().isAccepted();

        // The citizen chose the post: the result is dispatched, tracked, delivered, and that ends the dossier as handed over.
        casework.awaitBoth(code, "RETURNED");
        Clients.as(stack, ServiceSpec.EXCHANGE, "clerk-00004").get().uri("/api/v1/dossiers/{code}/postal-dispatch", code).exchange()
                .expectStatus().isOk().expectBody()
                .jsonPath("$.status").isEqualTo("DELIVERED")
                .jsonPath("$.trackingNumber").value(String.class, tracking -> assertThat(tracking).matches("EB\\d{9}VN"))
                .jsonPath("$.communeCode").isEqualTo("26737");
        assertThat(Casework.history(casework.intakeView(code))).anySatisfy(entry -> assertThat((String) entry.get("note"))
                .contains("Bưu điện đã phát kết quả, số hiệu EB"));
        assertThat(postalService.findAll(postRequestedFor(urlEqualTo("/shipments")))).singleElement().satisfies(shipment -> {
            assertThat(shipment.getHeader("Idempotency-Key")).isEqualTo("result-" + code);
            assertThat(shipment.getBodyAsString()).contains("15 Trần Quang Khải", "Phạm Văn Thọ", code);
        });
        byte[] atTheDesk = await().atMost(Casework.PATIENCE).until(() -> Clients.as(stack, ServiceSpec.INTAKE, "clerk-00004").get()
                .uri("/api/v1/dossiers/{code}/result", code).exchange().expectBody(byte[].class).returnResult(), answer -> answer.getStatus().value() == 200)
                .getResponseBody();
        X509Certificate developmentAuthority = new DevelopmentAuthorityKeys(signing, "development-only".toCharArray()).authority();
        assertThat(PadesVerification.verify(atTheDesk, developmentAuthority)).contains("CN=CA-26737");
        byte[] tampered = atTheDesk.clone();
        // One byte of the signed document changed (the page's size), as a forger would.
        int mediaBox = new String(tampered, StandardCharsets.ISO_8859_1).indexOf("/MediaBox");
        tampered[mediaBox + 1] = (byte) 'N';
        assertThatThrownBy(() -> PadesVerification.verify(tampered, developmentAuthority)).isInstanceOf(IllegalStateException.class);
        byte[] byTheCitizen = Clients.of(stack, ServiceSpec.INTAKE).get().uri("/api/v1/public/dossiers/{code}/result?secret={secret}", code,
                receipt.get("lookupSecret")).exchange().expectStatus().isOk().expectHeader().contentType(MediaType.APPLICATION_PDF)
                .expectBody(byte[].class).returnResult().getResponseBody();
        assertThat(byTheCitizen).isEqualTo(atTheDesk);
        Clients.of(stack, ServiceSpec.INTAKE).get().uri("/api/v1/public/dossiers/{code}/result?secret=WRONGWRONG", code).exchange()
                .expectStatus().isNotFound();
    }

    private static byte[] onePagePdf() throws IOException {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.addPage(new PDPage());
            document.save(out);
            return out.toByteArray();
        }
    }

    @Test
    void should_show_a_dispatch_the_post_refuses_as_failed_and_deliver_it_when_retried() {
        StubMapping refusal = postalService.stubFor(post(urlEqualTo("/shipments")).withRequestBody(containing("Hẻm không số"))
                .atPriority(1).willReturn(aResponse().withStatus(422).withBody("{\"error\":\"address not served\"}")));
        Map<String, Object> dossier = elderlyApplicantWithoutAPhone();
        dossier.put("postalAddress", Map.of("unitCode", "26737", "street", "Hẻm không số"));
        String code = new Desk(stack.port(ServiceSpec.INTAKE)).file(dossier);
        await().atMost(Casework.PATIENCE).untilAsserted(() -> casework.caseView(code));
        casework.act(code, "accept", null).expectStatus().isAccepted();
        casework.act(code, "decision", Map.of("outcome", "APPROVED", "reason", "Đủ điều kiện")).expectStatus().isAccepted();
        casework.act(code, "result-ready", null).expectStatus().isAccepted();

        WebTestClient desk = Clients.as(stack, ServiceSpec.EXCHANGE, "clerk-00004");
        await().atMost(Casework.PATIENCE).untilAsserted(() -> desk.get().uri("/api/v1/dossiers/{code}/postal-dispatch", code).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.status").isEqualTo("FAILED").jsonPath("$.lastError").value(String.class,
                        error -> assertThat(error).contains("422")));
        Number id = (Number) desk.get().uri("/api/v1/postal-dispatches?status=FAILED").exchange().expectStatus().isOk()
                .expectBodyList(Map.class).returnResult().getResponseBody().stream().filter(listed -> code.equals(listed.get("dossierCode")))
                .findFirst().orElseThrow().get("id");
        Clients.as(stack, ServiceSpec.EXCHANGE, "clerk-26737").post().uri("/api/v1/postal-dispatches/{id}/retry", id).exchange()
                .expectStatus().isNotFound();

        postalService.removeStub(refusal);
        desk.post().uri("/api/v1/postal-dispatches/{id}/retry", id).exchange().expectStatus().isAccepted();
        casework.awaitBoth(code, "RETURNED");
        desk.post().uri("/api/v1/postal-dispatches/{id}/retry", id).exchange().expectStatus().isEqualTo(409);
    }

    @Test
    void should_refuse_a_50_mb_paper_a_renamed_executable_and_a_wrong_checksum_by_name_and_keep_nothing() throws IOException {
        byte[] huge = Arrays.copyOf(PDF, 50 * 1024 * 1024);
        Map<String, Object> tooLarge = elderlyApplicantWithoutAPhone();
        tooLarge.put("documents", List.of(document("Bản vẽ", "ban-ve.pdf", huge)));
        file(tooLarge, Map.of("ban-ve.pdf", huge)).expectStatus().isEqualTo(413)
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("papers[ban-ve.pdf]");

        Map<String, Object> executable = elderlyApplicantWithoutAPhone();
        executable.put("documents", List.of(document("Giấy tờ", "giay-to.pdf", EXE)));
        file(executable, Map.of("giay-to.pdf", EXE)).expectStatus().isEqualTo(415)
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("papers[giay-to.pdf]");

        Map<String, Object> wrongSum = elderlyApplicantWithoutAPhone();
        byte[] declaration = pdf("Tờ khai (khác)");
        wrongSum.put("documents", List.of(Map.of("title", "Tờ khai", "file", "to-khai.pdf", "sha256", sha256(PNG))));
        file(wrongSum, Map.of("to-khai.pdf", declaration)).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("documents[0].sha256");

        try (Stream<Path> stored = Files.walk(papers)) {
            assertThat(stored.filter(Files::isRegularFile).map(path -> path.getFileName().toString()))
                    .as("nothing of a refused upload is left in the store or its staging folder")
                    .doesNotContain(sha256(huge), sha256(EXE), sha256(declaration))
                    .noneMatch(name -> name.endsWith(".part") || name.endsWith(".tmp"));
        }
    }

    @Test
    void should_require_a_postal_address_for_a_result_by_post_and_a_way_to_reach_the_applicant() {
        Map<String, Object> noAddress = elderlyApplicantWithoutAPhone();
        noAddress.remove("postalAddress");
        Map<String, Object> unreachable = elderlyApplicantWithoutAPhone();
        @SuppressWarnings("unchecked")
        Map<String, Object> applicant = (Map<String, Object>) unreachable.get("applicant");
        applicant.remove("helper");
        applicant.remove("landline");

        WebTestClient desk = Clients.as(stack, ServiceSpec.INTAKE, "clerk-00004");
        desk.post().uri("/api/v1/dossiers").contentType(MediaType.APPLICATION_JSON).bodyValue(noAddress).exchange()
                .expectStatus().isBadRequest().expectBody().jsonPath("$.errors[?(@.field == 'postalAddress')]").exists();
        desk.post().uri("/api/v1/dossiers").contentType(MediaType.APPLICATION_JSON).bodyValue(unreachable).exchange()
                .expectStatus().isBadRequest().expectBody().jsonPath("$.errors[?(@.field == 'applicant.phone')]").exists();
        Map<String, Object> homeVisit = elderlyApplicantWithoutAPhone();
        homeVisit.put("channel", "HOME_VISIT");
        desk.post().uri("/api/v1/dossiers").contentType(MediaType.APPLICATION_JSON).bodyValue(homeVisit).exchange()
                .expectStatus().isBadRequest().expectBody().jsonPath("$.errors[?(@.field == 'visitAddress')]").exists();
        homeVisit.put("visitAddress", Map.of("formerUnitCode", "27043", "street", "15 Trần Quang Khải"));
        desk.post().uri("/api/v1/dossiers").contentType(MediaType.APPLICATION_JSON).bodyValue(homeVisit).exchange()
                .expectStatus().isCreated();
        applicant.put("paperNoticesOnly", true);
        desk.post().uri("/api/v1/dossiers").contentType(MediaType.APPLICATION_JSON).bodyValue(unreachable).exchange()
                .expectStatus().isCreated();
    }

    /** An elderly resident of Phường Tân Định without a mobile phone, whose daughter takes the messages; result by post. */
    private static Map<String, Object> elderlyApplicantWithoutAPhone() {
        Map<String, Object> dossier = Desk.residenceRegistrationAtBaDinhForTanDinhResident();
        Map<String, Object> applicant = new LinkedHashMap<>();
        applicant.put("fullName", "Phạm Văn Thọ");
        applicant.put("idNumber", "079045000321");
        applicant.put("birthDate", "1945-05-19");
        applicant.put("residenceUnitCode", "26737");
        applicant.put("residenceStreet", "15 Trần Quang Khải");
        applicant.put("landline", "02838201234");
        applicant.put("helper", Map.of("name", "Phạm Thị Mai", "phone", "0903123456"));
        dossier.put("applicant", applicant);
        dossier.put("resultDelivery", "POST");
        dossier.put("postalAddress", Map.of("unitCode", "26737", "street", "15 Trần Quang Khải"));
        return dossier;
    }

    private WebTestClient.ResponseSpec file(Map<String, Object> dossier, Map<String, byte[]> files) {
        MultipartBodyBuilder parts = new MultipartBodyBuilder();
        parts.part("dossier", dossier, MediaType.APPLICATION_JSON);
        files.forEach((name, content) -> paper(parts, name, content));
        return Clients.as(stack, ServiceSpec.INTAKE, "clerk-00004").post().uri("/api/v1/dossiers").contentType(MediaType.MULTIPART_FORM_DATA)
                .body(BodyInserters.fromMultipartData(parts.build())).exchange();
    }

    private static void paper(MultipartBodyBuilder parts, String name, byte[] content) {
        // The declared content type says PDF whatever the file is: the service reads the type from the bytes.
        parts.part("papers", new ByteArrayResource(content)).filename(name).contentType(MediaType.APPLICATION_PDF);
    }

    private static Map<String, Object> document(String title, String file, byte[] content) {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("title", title);
        document.put("requirement", title);
        document.put("file", file);
        document.put("sha256", sha256(content));
        return document;
    }
}
