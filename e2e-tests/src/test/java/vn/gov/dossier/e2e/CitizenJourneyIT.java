package vn.gov.dossier.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.context.ConfigurableApplicationContext;
import vn.gov.dossier.infra.SamplePapers;
import vn.gov.dossier.infra.SharedInfrastructure;
import vn.gov.dossier.intake.PaymentProperties;
import vn.gov.dossier.stack.LocalStack;
import vn.gov.dossier.stack.PaymentPlatformStandIn;
import vn.gov.dossier.stack.ServiceSpec;
import vn.gov.dossier.stack.Stack;
import vn.gov.dossier.web.DeskWebApplication;

/**
 * A citizen's own pages, in a real Chromium: signed in with their electronic identity (the local provider standing in
 * for VNeID), they file online with a paper at a commune of their choice, pay the fee at the payment platform's page
 * and come back to see it paid, and start another dossier to finish at a desk, whose code they are shown; a support
 * team member opens it by that code and files it with them. Every page is checked with axe-core and photographed under
 * {@code target/screenshots/}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CitizenJourneyIT {

    private Stack stack;
    private ConfigurableApplicationContext web;
    private PaymentPlatformStandIn platform;
    private String site;
    private Path files;
    private final List<String> violations = new ArrayList<>();

    @BeforeAll
    void start() throws IOException {
        Browser.requireChromium();
        files = Files.createTempDirectory("citizen-files");
        platform = PaymentPlatformStandIn.start(0, PaymentProperties.LOCAL_SECRET);
        int webPort = freePort();
        int intakePort = freePort();
        site = "http://127.0.0.1:" + webPort;
        stack = new Stack(SharedInfrastructure.get(), "_citizen", Officials.trusting(List.of(
                "--dossier.papers.directory=" + Files.createTempDirectory("citizen-papers"),
                "--dossier.intake.public-base-url=" + site, "--dossier.notification.public-base-url=" + site,
                "--dossier.payment.url=http://localhost:" + platform.port(),
                "--dossier.payment.callback-url=http://localhost:" + intakePort + "/api/v1/public/payments/callback")));
        stack.start(ServiceSpec.INTAKE, intakePort);
        ServiceSpec.ALL.stream().filter(service -> service != ServiceSpec.INTAKE).forEach(service -> stack.start(service, 0));
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
        if (platform != null) {
            platform.close();
        }
    }

    @Test
    void should_let_a_citizen_file_online_pay_the_fee_and_start_a_dossier_to_finish_at_a_desk() throws Exception {
        Path declaration = Files.write(files.resolve("to-khai.pdf"), SamplePapers.pdf("Tờ khai thay đổi thông tin cư trú"));
        try (Browser citizen = Browser.tablet()) {
            citizen.open(site + "/cong-dan");
            citizen.signIn("001099012345");
            citizen.await("#own-title");
            assertThat(citizen.driver.getCurrentUrl()).endsWith("/cong-dan");
            check(citizen, "citizen-home");

            citizen.type("#procedure-q", "dang ky thuong tru");
            citizen.click("#procedure-results button");
            citizen.await("[data-procedure]");
            citizen.type("#q-receivingUnitCode", "ba dinh");
            citizen.await("#places-receivingUnitCode button");
            citizen.all("#places-receivingUnitCode button").stream().filter(button -> button.getText().startsWith("00004")).findFirst().orElseThrow()
                    .click();
            citizen.await("#chosen-receivingUnitCode .chosen");
            citizen.type("#q-applicant-residenceUnitCode", "tan dinh");
            citizen.await("#places-applicant-residenceUnitCode button");
            citizen.all("#places-applicant-residenceUnitCode button").stream().filter(button -> button.getText().startsWith("26737"))
                    .findFirst().orElseThrow().click();
            citizen.await("#chosen-applicant-residenceUnitCode .chosen");
            citizen.type("#phone", "0912345678");
            citizen.type("#doc-0-title", "Tờ khai thay đổi thông tin cư trú");
            citizen.attach("#doc-0-file", declaration);
            check(citizen, "citizen-file-filled");
            citizen.click("#submit-online");
            citizen.awaitUrlContains("filed=true");
            String code = citizen.driver.getCurrentUrl().replaceAll(".*/cong-dan/ho-so/([^?]+)\\?.*", "$1");
            assertThat(citizen.text()).contains("Đã nộp hồ sơ trực tuyến").contains("00004 · Trực tuyến").contains("20.000 đ")
                    .contains("Công dân nộp trực tuyến bằng tài khoản định danh điện tử");
            check(citizen, "citizen-dossier-filed");

            // The fee, paid at the payment platform's page; the platform's signed callback marks it paid.
            citizen.click("#pay");
            citizen.awaitUrlContains("/checkout/");
            citizen.await("#pay");
            assertThat(citizen.text()).contains("Cổng thanh toán").contains("20.000 đồng");
            citizen.shot("payment-platform");
            citizen.click("#pay");
            citizen.awaitUrlContains("/tra-cuu/" + code);
            citizen.open(site + "/cong-dan/ho-so/" + code);
            citizen.await("#paid");
            assertThat(citizen.text()).contains("Đã thanh toán trực tuyến");
            check(citizen, "citizen-dossier-paid");

            // A code that is not one of theirs: the page says so and leads back to their own dossiers, not to a desk.
            citizen.open(site + "/cong-dan/ho-so/00000-000000-99999");
            citizen.await("main h1");
            assertThat(citizen.find("main h1").getText()).contains("Không tìm thấy hồ sơ 00000-000000-99999");
            assertThat(citizen.find("main > p > a").getAttribute("href")).endsWith("/cong-dan");
            check(citizen, "citizen-dossier-not-found");

            // Another dossier, started here and finished with a clerk: its code is shown for the desk.
            citizen.open(site + "/cong-dan");
            citizen.await("#procedure-q");
            citizen.type("#procedure-q", "chung thuc ban sao");
            citizen.click("#procedure-results button");
            citizen.await("[data-procedure]");
            citizen.type("#phone", "0912345678");
            citizen.click("#start-draft");
            citizen.await("#draft-started");
            String draft = citizen.find("#draft-started .draft-code").getText();
            assertThat(draft).matches("[A-Z0-9]{8}");
            assertThat(citizen.find("#own-dossiers").getText()).contains(code);
            check(citizen, "citizen-draft-started");

            // A rapid-response team member at Ba Đình finishes it with her: an online, assisted filing.
            try (Browser support = Browser.desk()) {
                support.open(site + "/ho-tro");
                support.signIn("support-00004");
                support.await("#code");
                support.type("#code", draft);
                support.click("#open-draft");
                support.await("#draft-title");
                assertThat(support.text()).contains("Nguyễn Văn An").contains("2.000815");
                check(support, "assisted-draft");
                // She left out her residence: the support member completes it with her, and files.
                support.click("#file-draft");
                support.await("#problems .problem");
                assertThat(support.find("#err-applicant-residenceUnitCode").getText()).contains("Nơi cư trú");
                support.type("#q-applicant-residenceUnitCode", "ba dinh");
                support.await("#places-applicant-residenceUnitCode button");
                support.all("#places-applicant-residenceUnitCode button").stream().filter(button -> button.getText().startsWith("00004"))
                        .findFirst().orElseThrow().click();
                // The choice is in the form once its fragment has arrived; filing before that sends the form without it.
                support.await("#chosen-applicant-residenceUnitCode .chosen");
                support.click("#file-draft");
                support.awaitUrlContains("filed=");
                assertThat(support.find("#assisted-filed").getText()).contains("ghi nhận là hồ sơ được hỗ trợ");
                check(support, "assisted-filed");
            }
            citizen.open(site + "/cong-dan");
            citizen.await("#own-dossiers");
            assertThat(citizen.find("#own-dossiers").getText()).contains("có hỗ trợ");
        }
        assertThat(violations).as("serious or critical accessibility violations").isEmpty();
    }

    @Test
    void should_let_a_clerk_request_schedule_and_file_a_home_visit_on_the_spot_from_a_tablet() throws Exception {
        try (Browser clerk = Browser.tablet()) {
            clerk.open(site + "/desk/home-visits");
            clerk.signIn("clerk-00004");
            clerk.await("#request-visit");
            clerk.type("#applicantName", "Phạm Thị Sáu");
            clerk.type("#visit-phone", "0912000222");
            clerk.type("#street", "15 Đội Cấn");
            clerk.click("#request-visit button[type=submit]");
            clerk.awaitUrlContains("done=requested");
            clerk.await("#visits");
            assertThat(clerk.find("#visits").getText()).contains("Phạm Thị Sáu").contains("Chờ lên lịch");
            String tomorrow = java.time.LocalDate.now(java.time.ZoneOffset.ofHours(7)).plusDays(1).toString();
            ((org.openqa.selenium.JavascriptExecutor) clerk.driver).executeScript(
                    "document.querySelector('#visits input[type=date]').value = arguments[0]", tomorrow);
            clerk.type("#visits input[name=assignedTo]", "Nguyễn Thị Lan");
            clerk.click("#visits form button[type=submit]");
            clerk.awaitUrlContains("done=scheduled");
            assertThat(clerk.find("#visits").getText()).contains("Đã lên lịch").contains("Nguyễn Thị Lan");
            check(clerk, "home-visits");

            // On the spot, on the tablet: the filing page opened from the visit files on it.
            clerk.click("#visits a.button.primary");
            clerk.await("#on-visit");
            assertThat(clerk.find("#on-visit").getText()).contains("Phạm Thị Sáu").contains("15 Đội Cấn");
            clerk.type("#procedure-q", "chung thuc ban sao");
            clerk.click("#procedure-results button");
            clerk.await("[data-procedure]");
            clerk.type("#idNumber", "001150000222");
            clerk.type("#q-applicant-residenceUnitCode", "ba dinh");
            clerk.await("#places-applicant-residenceUnitCode button");
            clerk.all("#places-applicant-residenceUnitCode button").stream().filter(button -> button.getText().startsWith("00004"))
                    .findFirst().orElseThrow().click();
            check(clerk, "home-visit-filing");
            clerk.click("#submit-dossier");
            clerk.awaitUrlContains("filed=true");
            assertThat(clerk.text()).contains("Tại nhà").contains("Tiếp nhận tại nhà người nộp");
            clerk.open(site + "/desk/home-visits");
            clerk.await("#visits");
            assertThat(clerk.find("#visits").getText()).contains("Đã tiếp nhận").contains("00004-");
        }
        assertThat(violations).as("serious or critical accessibility violations").isEmpty();
    }

    private void check(Browser browser, String page) {
        violations.addAll(browser.check(page));
    }

    private static int freePort() throws IOException {
        try (ServerSocket free = new ServerSocket(0)) {
            return free.getLocalPort();
        }
    }
}
