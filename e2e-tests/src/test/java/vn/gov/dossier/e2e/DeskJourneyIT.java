package vn.gov.dossier.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.NotFoundException;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.web.reactive.server.WebTestClient;
import vn.gov.dossier.infra.SamplePapers;
import vn.gov.dossier.infra.SharedInfrastructure;
import vn.gov.dossier.stack.LocalStack;
import vn.gov.dossier.stack.ServiceSpec;
import vn.gov.dossier.stack.Stack;
import vn.gov.dossier.web.DeskWebApplication;

/**
 * The screens, in a real Chromium, on the running stack, as the people who use them: a clerk in Hà Nội files for a
 * resident of Hồ Chí Minh City from an old split address and prints the receipt; the processor there asks for a
 * supplement (and is told plainly when someone acted first); a clerk at a third desk, on a tablet, takes it; the
 * processor approves with a result document; the first clerk downloads the signed result and hands it over; the
 * citizen's look-up page, opened from the receipt's QR code, shows it returned; operations see it counted. Every page
 * is checked with axe-core and photographed under {@code target/screenshots/}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DeskJourneyIT {

    private static final Duration PATIENCE = Duration.ofSeconds(60);

    private Stack stack;
    private ConfigurableApplicationContext web;
    private String site;
    private Path papers;
    private Path signing;
    private Path files;
    private final List<String> violations = new ArrayList<>();

    @BeforeAll
    void start() throws IOException {
        Browser.requireChromium();
        papers = Files.createTempDirectory("journey-papers");
        signing = Files.createTempDirectory("journey-signing");
        files = Files.createTempDirectory("journey-files");
        int webPort;
        try (ServerSocket free = new ServerSocket(0)) {
            webPort = free.getLocalPort();
        }
        site = "http://127.0.0.1:" + webPort;
        stack = new Stack(SharedInfrastructure.get(), "_web", Officials.trusting(List.of("--dossier.papers.directory=" + papers,
                "--dossier.signing.development-folder=" + signing, "--dossier.intake.public-base-url=" + site,
                "--dossier.notification.public-base-url=" + site, "--dossier.intake.trusted-proxies=127.0.0.1,0:0:0:0:0:0:0:1")));
        ServiceSpec.ALL.forEach(service -> stack.start(service, 0));
        web = DeskWebApplication.builder().run(LocalStack.webArguments(stack, Officials.issuer(), webPort).toArray(String[]::new));
    }

    @AfterAll
    void stop() {
        if (web != null) {
            web.close();
        }
        if (stack != null) {
            stack.close();
        }
    }

    @Test
    void should_carry_a_dossier_from_a_desk_in_ha_noi_to_an_authority_in_ho_chi_minh_city_and_back_through_the_screens() throws Exception {
        Path declaration = file("to-khai.pdf", SamplePapers.pdf("Tờ khai thay đổi thông tin cư trú"));
        Path idCard = file("cccd.png", SamplePapers.PNG);
        Path confirmation = file("xac-nhan.pdf", SamplePapers.pdf("Giấy xác nhận nơi ở"));
        Path result = file("ket-qua.pdf", onePagePdf("Xac nhan dang ky thuong tru"));

        String code;
        String lookup;
        try (Browser clerk = Browser.desk()) {
            clerk.open(site + "/desk/new");
            check(clerk, "login");
            clerk.signIn("clerk-00004");
            clerk.await("#procedure-q");
            check(clerk, "desk-new");

            // Sent empty: the problems are named beside their fields, in Vietnamese.
            clerk.click("#submit-dossier");
            clerk.await("#problems .problem");
            assertThat(clerk.find("#problems").getText()).contains("Hồ sơ chưa hợp lệ");
            assertThat(clerk.find("#err-applicant-fullName").getText()).contains("Họ và tên").contains("bắt buộc");
            check(clerk, "desk-new-problems");

            // "dang ky thuong tru" without tone marks finds "Đăng ký thường trú"; the appointment date appears.
            clerk.type("#procedure-q", "dang ky thuong tru");
            clerk.click("#procedure-results button");
            clerk.await("[data-procedure]");
            assertThat(clerk.find("[data-procedure]").getText()).contains("1.004222").contains("Đăng ký thường trú").contains("7 ngày làm việc")
                    .contains("Tờ khai thay đổi thông tin cư trú").contains("Luật Cư trú 2020 Art. 21(1)");
            clerk.await("[data-appointment]");

            clerk.type("#fullName", "Trần Thị Bình");
            clerk.type("#idNumber", "079185012345");
            clerk.type("#phone", "0912345678");
            // The old identity card says Phường Đa Kao, which was split: the clerk asks and chooses Tân Định.
            clerk.type("#q-applicant-residenceUnitCode", "da kao");
            clerk.await("#places-applicant-residenceUnitCode button");
            clerk.all("#places-applicant-residenceUnitCode button").stream().filter(button -> button.getText().contains("Đa Kao"))
                    .findFirst().orElseThrow().click();
            clerk.await("fieldset.split");
            assertThat(clerk.find("fieldset.split").getText()).contains("Đa Kao").contains("Tân Định").contains("Sài Gòn");
            check(clerk, "desk-new-split-address");
            clerk.click("fieldset.split input[value='26737']");
            clerk.type("#residenceStreet", "12 Trần Quang Khải");

            clerk.type("#doc-0-title", "Tờ khai thay đổi thông tin cư trú");
            clerk.attach("#doc-0-file", declaration);
            clerk.type("#doc-1-title", "Căn cước công dân");
            clerk.attach("#doc-1-file", idCard);
            check(clerk, "desk-new-filled");
            clerk.click("#submit-dossier");
            clerk.awaitUrlContains("filed=true");
            clerk.await("#receipt-link");
            check(clerk, "desk-receipt");
            code = clerk.driver.getCurrentUrl().replaceAll(".*/desk/dossiers/([^?]+)\\?.*", "$1");
            assertThat(clerk.text()).contains("Đã tiếp nhận").contains("Tờ khai thay đổi thông tin cư trú").contains("Căn cước công dân");
            // Names for people, the codes beside them.
            assertThat(clerk.find("[data-procedure-name]").getText()).contains("Đăng ký thường trú").contains("1.004222");
            assertThat(clerk.find("[data-receiving-unit]").getText()).contains("Phường Ba Đình").contains("00004");
            lookup = qrCodeOf(clerk.fetch(site + "/desk/dossiers/" + code + "/receipt.pdf"));
            assertThat(lookup).startsWith(site + "/tra-cuu/" + code + "?secret=");
            // The history in the reader's language: English on the English page, names not codes.
            assertThat(clerk.text()).contains("Tiếp nhận hồ sơ tại bộ phận một cửa Phường Ba Đình");
            clerk.open(site + "/desk/dossiers/" + code + "?lang=en");
            clerk.await("[data-status]");
            assertThat(clerk.text()).contains("Received at the one-stop desk of Phường Ba Đình").doesNotContain("Tiếp nhận hồ sơ tại");
            check(clerk, "desk-dossier-english");
        }

        try (Browser processor = Browser.desk()) {
            processor.open(site + "/cases");
            processor.signIn("processor-ca-26737");
            reloadUntil(processor, page -> page.contains(code));
            check(processor, "processor-queue");
            String row = processor.find("tr[data-code='" + code + "']").getText();
            assertThat(row).contains("Đăng ký thường trú").contains("Phường Ba Đình");
            processor.click("tr[data-code='" + code + "'] a");
            processor.await("[data-applicant]");
            assertThat(processor.find("[data-applicant]").getText()).contains("Trần Thị Bình").contains("079185012345").contains("26737");
            assertThat(processor.find("[data-residence]").getText()).contains("12 Trần Quang Khải").contains("Phường Tân Định");
            assertThat(processor.find("[data-procedure-name]").getText()).contains("Đăng ký thường trú");
            assertThat(processor.find("[data-receiving-unit]").getText()).contains("Phường Ba Đình");
            assertThat(processor.find("[data-papers]").getText()).contains("Tờ khai thay đổi thông tin cư trú").contains("Căn cước công dân");
            check(processor, "processor-case");

            // Someone else accepted it a moment ago: the page says so instead of failing.
            processing("processor-ca-26737").post().uri("/api/v1/cases/{code}/accept", code).exchange().expectStatus().isAccepted();
            processor.clickAndConfirm("#accept");
            processor.await("#problems .problem");
            assertThat(processor.find("#problems").getText()).contains("có người đã thao tác trước bạn");
            check(processor, "processor-conflict");

            // A case not in this authority's queue: the page says so and leads back to the queue.
            processor.open(site + "/cases/00000-000000-99999");
            processor.await("main h1");
            assertThat(processor.find("main h1").getText()).contains("00000-000000-99999");
            assertThat(processor.find("main > p > a").getAttribute("href")).endsWith("/cases");
            check(processor, "processor-case-not-found");

            processor.open(site + "/cases/" + code);
            processor.click("details:has(#supplement-request) summary");
            processor.type("#supplement-reason", "Thiếu giấy xác nhận nơi ở hợp pháp");
            processor.clickAndConfirm("#supplement-request button[type=submit]");
            processor.awaitUrlContains("done=supplement-request");
            processor.awaitText("[data-status]", "Chờ bổ sung");
        }

        try (Browser thirdDesk = Browser.tablet()) {
            thirdDesk.open(site + "/desk");
            thirdDesk.signIn("clerk-08782");
            thirdDesk.type("#code", code);
            thirdDesk.click("button[type=submit].primary");
            thirdDesk.await("#supplement-form");
            thirdDesk.type("#supplement-note", "Công dân nộp bổ sung tại Phú Thọ");
            thirdDesk.type("#doc-0-title", "Giấy xác nhận nơi ở hợp pháp");
            thirdDesk.attach("#doc-0-file", confirmation);
            check(thirdDesk, "third-desk-supplement-tablet");
            thirdDesk.click("#supplement-form button[type=submit]");
            thirdDesk.awaitUrlContains("done=supplement");
            check(thirdDesk, "third-desk-supplement-taken");
        }

        try (Browser processor = Browser.desk()) {
            processor.open(site + "/cases/" + code);
            processor.signIn("processor-ca-26737");
            reloadUntil(processor, page -> page.contains("Giấy xác nhận nơi ở hợp pháp") && page.contains("Đang xử lý"));
            assertThat(processor.find("[data-papers]").getText()).contains("Mới bổ sung");
            check(processor, "processor-case-supplemented");
            processor.click("details:has(#decision) summary");
            processor.type("#decision-reason", "Đủ điều kiện đăng ký thường trú");
            processor.attach("#decision-result", result);
            processor.clickAndConfirm("#decision button[type=submit]");
            processor.awaitUrlContains("done=decision");
            processor.awaitText("[data-status]", "Đã phê duyệt");
            processor.clickAndConfirm("#result-ready");
            processor.awaitUrlContains("done=result-ready");
            processor.awaitText("[data-status]", "Đã có kết quả");
            check(processor, "processor-result-ready");
        }

        try (Browser clerk = Browser.desk()) {
            clerk.open(site + "/desk/dossiers/" + code);
            clerk.signIn("clerk-00004");
            reloadUntil(clerk, page -> page.contains("Đã có kết quả"));
            check(clerk, "desk-result-ready");
            byte[] signed = clerk.fetch(clerk.find("#result-link").getAttribute("href"));
            try (PDDocument document = Loader.loadPDF(signed)) {
                assertThat(document.getSignatureDictionaries()).as("the result is signed in the authority's name").hasSize(1);
            }
            clerk.clickAndConfirm("#handover");
            clerk.awaitUrlContains("done=handover");
            reloadUntil(clerk, page -> page.contains("Đã trả kết quả"));
            check(clerk, "desk-returned");
        }

        try (Browser citizen = Browser.tablet()) {
            citizen.open(lookup);
            citizen.await("[data-status]");
            assertThat(citizen.find("[data-status]").getText()).isEqualTo("Đã trả kết quả");
            assertThat(citizen.text()).doesNotContain("Trần Thị Bình").doesNotContain("079185012345");
            check(citizen, "citizen-lookup");
            citizen.click("a[lang=en]");
            citizen.awaitText("[data-status]", "Result handed over");
            check(citizen, "citizen-lookup-english");
        }

        try (Browser operations = Browser.desk()) {
            operations.open(site + "/operations?scope=commune:00004");
            operations.signIn("ops-01");
            reloadUntil(operations, page -> !operations.find("[data-key=received] .value").getText().equals("0"));
            assertThat(Integer.parseInt(operations.find("[data-key=received] .value").getText())).isGreaterThanOrEqualTo(1);
            // The scope is chosen by name among the units this operator may see: Hà Nội and its communes.
            org.openqa.selenium.support.ui.Select scope = new org.openqa.selenium.support.ui.Select(operations.find("#scope"));
            assertThat(scope.getFirstSelectedOption().getText()).contains("Phường Ba Đình");
            assertThat(scope.getOptions()).extracting(option -> option.getText()).anyMatch(label -> label.contains("Hà Nội"))
                    .noneMatch(label -> label.contains("Hồ Chí Minh"));
            check(operations, "operations-indicators");
            operations.open(site + "/operations/ratings?province=01");
            operations.await("#ratings");
            check(operations, "operations-ratings");
            operations.open(site + "/operations/stuck");
            check(operations, "operations-stuck");
            operations.open(site + "/operations/notices");
            check(operations, "operations-notices");
        }

        try (Browser guesser = Browser.desk()) {
            // The look-up at speed: past intake's limit the page asks politely to wait, and says how long.
            String wrong = site + "/tra-cuu/" + code + "?secret=WRONGWRONG";
            for (int i = 0; i < 40 && !guesser.text().contains("quá nhiều lần"); i++) {
                guesser.open(wrong);
            }
            assertThat(guesser.text()).contains("quá nhiều lần").contains("giây");
            check(guesser, "citizen-rate-limited");
        }
        assertThat(violations).as("axe-core: serious or critical accessibility violations").isEmpty();
    }

    /** The first address anyone opens: a page, never an error, signed out and signed in as each role. */
    @Test
    void should_open_the_home_page_for_a_visitor_and_for_every_role() {
        try (Browser visitor = Browser.desk()) {
            visitor.open(site + "/");
            visitor.awaitUrlContains("/tra-cuu");
            assertThat(visitor.text()).doesNotContain("500").contains("Cán bộ đăng nhập");
        }
        java.util.Map<String, String> homes = new java.util.LinkedHashMap<>();
        homes.put("clerk-00004", "/desk");
        homes.put("processor-ca-26737", "/cases");
        homes.put("ops-01", "/operations");
        homes.put("support-00004", "/ho-tro");
        homes.put("001099012345", "/cong-dan");
        homes.put("admin", "/tra-cuu");
        homes.forEach((account, home) -> {
            try (Browser signedIn = Browser.desk()) {
                signedIn.open(site + "/oauth2/authorization/dossier");
                signedIn.signIn(account);
                signedIn.awaitUrlContains(site + "/");
                signedIn.open(site + "/");
                signedIn.awaitUrlContains(home);
                assertThat(signedIn.driver.getCurrentUrl()).as(account).startsWith(site + home);
                assertThat(signedIn.text()).as(account).doesNotContain("Có lỗi xảy ra");
            }
        });
    }

    private void check(Browser browser, String page) {
        violations.addAll(browser.check(page));
    }

    private Path file(String name, byte[] content) throws IOException {
        return Files.write(files.resolve(name), content);
    }

    private WebTestClient processing(String officer) {
        return Clients.as(stack, ServiceSpec.PROCESSING, officer);
    }

    /** Reloads until the page shows what the events carry a moment later, or the patience runs out. */
    private static void reloadUntil(Browser browser, Predicate<String> shown) throws InterruptedException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (!shown.test(browser.text())) {
            assertThat(System.nanoTime()).as("the page never showed what was expected:\n" + browser.text()).isLessThan(deadline);
            Thread.sleep(500);
            browser.driver.navigate().refresh();
        }
    }

    /** A real one-page PDF (the authority signs it, so it must open as one). */
    private static byte[] onePagePdf(String line) throws IOException {
        try (PDDocument document = new PDDocument(); var out = new java.io.ByteArrayOutputStream()) {
            org.apache.pdfbox.pdmodel.PDPage page = new org.apache.pdfbox.pdmodel.PDPage();
            document.addPage(page);
            try (var content = new org.apache.pdfbox.pdmodel.PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(new org.apache.pdfbox.pdmodel.font.PDType1Font(org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName.HELVETICA), 14);
                content.newLineAtOffset(72, 700);
                content.showText(line);
                content.endText();
            }
            document.save(out);
            return out.toByteArray();
        }
    }

    private static String qrCodeOf(byte[] receipt) throws IOException, NotFoundException {
        try (PDDocument document = Loader.loadPDF(receipt)) {
            var page = new PDFRenderer(document).renderImageWithDPI(0, 200);
            return new MultiFormatReader().decode(new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(page)))).getText();
        }
    }
}
