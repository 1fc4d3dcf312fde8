package vn.gov.dossier.web.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

class ProblemsTest {

    private final Problems problems = new Problems(messages());

    private static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("web/messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }

    @Test
    void should_name_each_field_in_vietnamese_beside_the_element_that_holds_its_message() {
        Problems.Shown shown = problems.show(new ServiceProblem(400, "Bad Request", "invalid", List.of(
                new ServiceProblem.FieldMessage("applicant.idNumber", "must be the 12-digit citizen identity number"),
                new ServiceProblem.FieldMessage("documents[1].title", "is required, at most 200 characters"),
                new ServiceProblem.FieldMessage("papers[scan.exe]", "is not a PDF, JPEG or PNG")), null), Locale.forLanguageTag("vi"));

        assertThat(shown.summary()).startsWith("Hồ sơ chưa hợp lệ");
        assertThat(shown.errors()).extracting(Problems.ShownError::slot)
                .containsExactly("err-applicant-idNumber", "err-documents-1-title", "err-papers-scan-exe");
        assertThat(shown.errors()).extracting(Problems.ShownError::label)
                .containsExactly("Số định danh cá nhân (CCCD)", "Tên giấy tờ 2", "Tệp giấy tờ");
        assertThat(shown.errors().get(0).message()).isEqualTo("phải là số định danh cá nhân 12 chữ số.");
        // What is not translated yet is shown as the service said it, never dropped.
        assertThat(shown.errors().get(2).message()).isEqualTo("is not a PDF, JPEG or PNG");
    }

    @Test
    void should_say_in_english_when_english_is_chosen() {
        Problems.Shown shown = problems.show(new ServiceProblem(409, "Conflict", "state", List.of(), null), Locale.ENGLISH);
        assertThat(shown.summary()).startsWith("The dossier has changed");
    }
}
