package vn.gov.dossier.web.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

class HistoryLinesTest {

    private final HistoryLines lines = new HistoryLines(messages());

    @Test
    void should_say_a_coded_line_in_the_readers_language_with_who_acted() {
        Map<String, Object> received = entry("Tiếp nhận hồ sơ tại bộ phận một cửa Phường Ba Đình — Nguyễn Thị Lan", "received.desk",
                List.of("Phường Ba Đình"), "Nguyễn Thị Lan");

        assertThat(lines.text(received, Locale.forLanguageTag("vi"))).isEqualTo("Tiếp nhận hồ sơ tại bộ phận một cửa Phường Ba Đình — Nguyễn Thị Lan");
        assertThat(lines.text(received, Locale.ENGLISH)).isEqualTo("Received at the one-stop desk of Phường Ba Đình — Nguyễn Thị Lan");
        assertThat(lines.text(entry("Tiếp nhận xử lý", "case.accepted", List.of(), null), Locale.ENGLISH)).isEqualTo("Accepted for processing");
        assertThat(lines.text(entry("x", "case.decided.REJECTED.LATE", List.of("Chưa đủ giấy tờ"), null), Locale.ENGLISH))
                .isEqualTo("Rejected: Chưa đủ giấy tờ (late)");
    }

    @Test
    void should_keep_the_stored_words_of_a_line_written_before_codes_or_with_a_code_these_screens_do_not_know() {
        assertThat(lines.text(entry("Tiếp nhận xử lý (accepted)", null, null, null), Locale.ENGLISH)).isEqualTo("Tiếp nhận xử lý (accepted)");
        assertThat(lines.text(entry("Một bước mới", "case.somethingNew", List.of(), null), Locale.ENGLISH)).isEqualTo("Một bước mới");
    }

    private static Map<String, Object> entry(String note, String code, List<String> args, String by) {
        Map<String, Object> entry = new HashMap<>();
        entry.put("note", note);
        entry.put("noteCode", code);
        entry.put("noteArgs", args);
        entry.put("noteBy", by);
        return entry;
    }

    private static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("web/messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }
}
