package vn.gov.dossier.reporting.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ScopeTest {

    @ParameterizedTest
    @CsvSource({"national, NATIONAL,", "province:01, PROVINCE, 01", "commune:00004, COMMUNE, 00004", "authority:UBND-00004, AUTHORITY, UBND-00004",
            "authority:STP-01, AUTHORITY, STP-01", "authority:BNG, AUTHORITY, BNG"})
    void should_read_each_kind_of_scope(String text, Scope.Kind kind, String code) {
        Scope scope = Scope.parse(text);

        assertThat(scope.kind()).isEqualTo(kind);
        assertThat(scope.code()).isEqualTo(code);
        assertThat(scope.toString()).isEqualTo(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"province:1", "commune:0004", "authority:ubnd", "district:001", "province:01;DROP TABLE", ""})
    void should_refuse_what_is_not_a_scope(String text) {
        assertThatIllegalArgumentException().isThrownBy(() -> Scope.parse(text));
    }
}
