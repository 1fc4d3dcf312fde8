package vn.gov.dossier.web.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FormsTest {

    @Test
    void should_nest_fields_named_as_the_api_names_them_and_leave_out_blanks_search_boxes_and_the_key() throws Exception {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("procedureCode", "1.004222");
        fields.put("applicant.fullName", " Trần Thị Bình ");
        fields.put("applicant.helper.phone", "0912345678");
        fields.put("applicant.email", "");
        fields.put("applicant.paperNoticesOnly", "on");
        fields.put("_q-applicant.residenceUnitCode", "da kao");
        fields.put("idempotencyKey", "k-1");
        try (Forms.Submitted form = new Forms.Submitted(fields, List.of(), Files.createTempDirectory("forms-test"))) {
            assertThat(form.json("idempotencyKey")).isEqualTo(Map.of("procedureCode", "1.004222",
                    "applicant", Map.of("fullName", "Trần Thị Bình", "helper", Map.of("phone", "0912345678"), "paperNoticesOnly", true)));
        }
    }

    @Test
    void should_list_paper_rows_in_the_pages_order_with_each_uploaded_files_name_and_checksum() throws Exception {
        Path staging = Files.createTempDirectory("forms-test");
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("documents[1].title", "Căn cước công dân");
        fields.put("documents[0].title", "Tờ khai");
        fields.put("documents[0].requirement", "Tờ khai CT01");
        fields.put("documents[2].title", "");
        Forms.Paper scan = new Forms.Paper(1, "cccd.png", staging.resolve("1.upload"), "ab".repeat(32));
        try (Forms.Submitted form = new Forms.Submitted(fields, List.of(scan), staging)) {
            assertThat(form.documents()).containsExactly(Map.of("title", "Tờ khai", "requirement", "Tờ khai CT01"),
                    Map.of("title", "Căn cước công dân", "file", "cccd.png", "sha256", "ab".repeat(32)));
        }
        assertThat(staging).doesNotExist();
    }
}
