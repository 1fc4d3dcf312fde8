package vn.gov.dossier.reference;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Matching what a clerk types against Vietnamese names: without tone marks and case ("khai sinh" finds "Đăng ký khai
 * sinh", "tan dinh" finds "Tân Định"), every word typed somewhere in the name.
 */
public final class SearchText {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private SearchText() {
    }

    /** Lower case, tone and vowel marks removed, đ as d, runs of spaces as one. */
    public static String fold(String text) {
        if (text == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD).replace('đ', 'd').replace('Đ', 'D');
        return MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").trim();
    }

    /** True when every word of the query appears in the text, both folded; a blank query matches nothing. */
    public static boolean matches(String text, String query) {
        String folded = fold(text);
        String[] words = fold(query).split(" ");
        return !fold(query).isEmpty() && Arrays.stream(words).allMatch(folded::contains);
    }
}
