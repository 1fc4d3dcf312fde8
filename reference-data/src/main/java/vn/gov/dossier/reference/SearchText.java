package vn.gov.dossier.reference;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Matching what a clerk types against Vietnamese names: without tone marks and case ("khai sinh" finds "Đăng ký khai
 * sinh", "tan dinh" finds "Tân Định"), every word typed the start of a word of the name; the closest names first.
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

    /** True when every word of the query begins a word of the text, both folded; a blank query matches nothing. */
    public static boolean matches(String text, String query) {
        return score(text, query) > 0;
    }

    /**
     * How well a text answers a query: 0 when it does not match; more when the query stands in it as typed ("da kao" in
     * "Phường Đa Kao", not only in "Xã Ea Kao, Tỉnh Đắk Lắk"), more still when the text begins with it ("Đăng ký thường
     * trú" before "Xóa đăng ký thường trú"), and when its words are whole words of the text.
     */
    public static int score(String text, String query) {
        List<String> words = Arrays.asList(fold(text).split("[^a-z0-9.]+"));
        String folded = fold(query);
        if (folded.isEmpty()) {
            return 0;
        }
        int score = 1;
        for (String typed : folded.split(" ")) {
            if (words.stream().noneMatch(word -> word.startsWith(typed))) {
                return 0;
            }
            if (words.contains(typed)) {
                score++;
            }
        }
        String joined = " " + String.join(" ", words) + " ";
        if (joined.contains(" " + folded + " ")) {
            score += 10;
        }
        if (joined.startsWith(" " + folded + " ")) {
            score += 5;
        }
        return score;
    }
}
