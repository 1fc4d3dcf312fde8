package vn.gov.dossier.intake.registration;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DossierValidationTest {

    private final DossierValidation validation = new DossierValidation(Set.of("001", "046", "079"));

    @Test
    void should_accept_a_complete_dossier() {
        assertThat(validation.check(valid())).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"0912345678", "0387654321", "+84912345678", "0561234567", "0701234567", "0812345678"})
    void should_accept_vietnamese_mobile_numbers(String phone) {
        assertThat(validation.check(withPhone(phone))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"0241234567", "091234567", "09123456789", "1912345678", "0912 345 678", "abc"})
    void should_refuse_what_is_not_a_vietnamese_mobile_number(String phone) {
        assertThat(validation.check(withPhone(phone))).extracting(Violation::field).containsExactly("applicant.phone");
    }

    @Test
    void should_refuse_an_identity_number_from_no_province() {
        NewDossier dossier = new NewDossier("1.004222", "00004", "DESK",
                new NewDossier.Applicant("Nguyễn Văn An", "002099012345", "0912345678", null, "26737"), null, "AT_DESK", List.of());

        assertThat(validation.check(dossier)).containsExactly(new Violation("applicant.idNumber", "does not start with a valid province code"));
    }

    @Test
    void should_name_each_missing_field() {
        NewDossier empty = new NewDossier(null, null, null, null, null, null, null);

        assertThat(validation.check(empty)).extracting(Violation::field)
                .containsExactlyInAnyOrder("procedureCode", "receivingUnitCode", "channel", "resultDelivery", "applicant");
    }

    @Test
    void should_check_every_document() {
        NewDossier dossier = new NewDossier("1.004222", "00004", "DESK", valid().applicant(), "26737", "AT_DESK",
                List.of(new NewDossier.Document("Tờ khai", "ab".repeat(32)), new NewDossier.Document("", "zz")));

        assertThat(validation.check(dossier)).extracting(Violation::field).containsExactly("documents[1].title", "documents[1].sha256");
    }

    private static NewDossier valid() {
        return withPhone("0912345678");
    }

    private static NewDossier withPhone(String phone) {
        return new NewDossier("1.004222", "00004", "DESK", new NewDossier.Applicant("Nguyễn Văn An", "001099012345", phone, "an@example.vn", "26737"),
                null, "AT_DESK", List.of());
    }
}
