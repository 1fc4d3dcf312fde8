package vn.gov.dossier.reference;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.ToIntFunction;
import java.util.regex.Pattern;

/**
 * Matching what a clerk types against Vietnamese names: without tone marks and case ("khai sinh" finds "Đăng ký khai
 * sinh", "tan dinh" finds "Tân Định"), every word typed the start of a word of the name; the closest names first.
 */
public final class SearchText {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private final String folded;
    private final String[] words;

    private SearchText(String typed) {
        this.folded = fold(typed);
        this.words = folded.split(" ");
    }

    /** What a clerk typed, folded once for all the names it is held against. */
    public static SearchText of(String typed) {
        return new SearchText(typed);
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
        return of(query).score(text) > 0;
    }

    /** {@link #score(String)} of a text against a query typed once. */
    public static int score(String text, String query) {
        return of(query).score(text);
    }

    /**
     * How well a text answers the query: 0 when it does not match; more when the query stands in it as typed ("da kao"
     * in "Phường Đa Kao", not only in "Xã Ea Kao, Tỉnh Đắk Lắk"), more still when the text begins with it ("Đăng ký
     * thường trú" before "Xóa đăng ký thường trú"), and when its words are whole words of the text.
     */
    public int score(String text) {
        if (folded.isEmpty()) {
            return 0;
        }
        List<String> textWords = Arrays.asList(fold(text).split("[^a-z0-9.]+"));
        int score = 1;
        for (String typed : words) {
            if (textWords.stream().noneMatch(word -> word.startsWith(typed))) {
                return 0;
            }
            if (textWords.contains(typed)) {
                score++;
            }
        }
        String joined = " " + String.join(" ", textWords) + " ";
        if (joined.contains(" " + folded + " ")) {
            score += 10;
        }
        if (joined.startsWith(" " + folded + " ")) {
            score += 5;
        }
        return score;
    }

    /**
     * The candidates that match, best first (equal scores keep the candidates' order), each scored once by
     * {@code score} (this query's {@link #score(String)} of its name, or more where the caller knows better).
     */
    public <T> List<T> rank(Collection<T> candidates, ToIntFunction<T> score) {
        record Scored<T>(T candidate, int score) {
        }
        return candidates.stream().map(candidate -> new Scored<>(candidate, score.applyAsInt(candidate)))
                .filter(scored -> scored.score() > 0)
                .sorted(Comparator.comparingInt((Scored<T> scored) -> scored.score()).reversed())
                .map(Scored::candidate)
                .toList();
    }
}
