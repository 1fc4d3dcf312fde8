package vn.gov.dossier.intake.deskwork;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.gov.dossier.intake.registration.NewDossier;
import vn.gov.dossier.intake.registration.Violation;

class DeskRequestValidationTest {

    private static final String SHA256 = "a".repeat(64);

    private final DeskRequestValidation validation = new DeskRequestValidation(Set.of("00004", "26737")::contains);

    @Test
    void should_take_a_supplement_with_papers_or_with_a_note_alone() {
        assertThat(validation.check(DeskRequest.supplement(List.of(new NewDossier.Document("Bản sao CCCD", SHA256)), null, "26737"))).isEmpty();
        assertThat(validation.check(DeskRequest.supplement(List.of(), "Đã nộp bản gốc giấy khai sinh", null))).isEmpty();
    }

    @Test
    void should_name_every_bad_field_of_a_supplement() {
        List<NewDossier.Document> documents = Arrays.asList(new NewDossier.Document("Bản sao CCCD", "not-a-hash"), null);

        assertThat(validation.check(DeskRequest.supplement(documents, "x".repeat(2001), "99999"))).extracting(Violation::field)
                .containsExactly("documents[0].sha256", "documents[1]", "note", "unitCode");
        assertThat(validation.check(DeskRequest.supplement(List.of(), " ", null))).extracting(Violation::field).containsExactly("documents");
    }

    @Test
    void should_require_a_reason_for_a_withdrawal_and_nothing_for_a_handover() {
        assertThat(validation.check(DeskRequest.withdrawal(null, null))).extracting(Violation::field).containsExactly("reason");
        assertThat(validation.check(DeskRequest.withdrawal("Công dân không còn nhu cầu", "00004"))).isEmpty();
        assertThat(validation.check(DeskRequest.handover(null))).isEmpty();
        assertThat(validation.check(DeskRequest.handover("12345"))).extracting(Violation::field).containsExactly("unitCode");
    }

    @Test
    void should_describe_a_supplement_without_a_note_by_its_papers() {
        DeskRequest request = DeskRequest.supplement(List.of(new NewDossier.Document("Bản sao CCCD", SHA256),
                new NewDossier.Document("Giấy khai sinh", SHA256)), null, null);

        assertThat(request.description()).isEqualTo("Bản sao CCCD; Giấy khai sinh");
        assertThat(DeskRequest.withdrawal("Không còn nhu cầu", null).description()).isEqualTo("Không còn nhu cầu");
    }
}
