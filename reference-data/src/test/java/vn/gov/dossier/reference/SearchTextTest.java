package vn.gov.dossier.reference;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SearchTextTest {

    @Test
    void should_find_a_name_typed_without_tone_marks() {
        assertThat(SearchText.matches("Đăng ký khai sinh", "khai sinh")).isTrue();
        assertThat(SearchText.matches("Đăng ký khai sinh", "dang ky")).isTrue();
        assertThat(SearchText.matches("Phường Tân Định", "TAN  dinh")).isTrue();
    }

    @Test
    void should_need_every_word_typed() {
        assertThat(SearchText.matches("Đăng ký khai sinh", "khai tu")).isFalse();
        assertThat(SearchText.matches("Đăng ký khai sinh", "   ")).isFalse();
    }

    @Test
    void should_match_the_start_of_words_and_rank_the_name_typed_as_a_whole_first() {
        assertThat(SearchText.matches("Phường Tân Định", "tan di")).isTrue();
        assertThat(SearchText.matches("Phường Tân Định", "an dinh")).isFalse();
        assertThat(SearchText.score("Phường Đa Kao, Thành phố Hồ Chí Minh", "da kao"))
                .isGreaterThan(SearchText.score("Xã Ea Kao, Tỉnh Đắk Lắk", "da kao"));
        assertThat(SearchText.score("Đăng ký thường trú", "dang ky thuong tru"))
                .isGreaterThan(SearchText.score("Xóa đăng ký thường trú", "dang ky thuong tru"));
    }

    @Test
    void should_fold_d_with_stroke_and_precomposed_and_decomposed_marks_alike() {
        assertThat(SearchText.fold("Đồng Tháp")).isEqualTo("dong thap");
        assertThat(SearchText.fold("Đồng Tháp")).isEqualTo(SearchText.fold(java.text.Normalizer.normalize("Đồng Tháp", java.text.Normalizer.Form.NFD)));
    }
}
