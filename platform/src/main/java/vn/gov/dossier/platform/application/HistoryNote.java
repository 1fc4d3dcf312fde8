package vn.gov.dossier.platform.application;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A line of a dossier's or a case's history as a code with its arguments, so that each screen says it in its reader's
 * language (desk-web's {@code history.<code>} messages), with the Vietnamese sentence beside it for readers of the API
 * and for the lines written before codes existed.
 *
 * @param code what happened, e.g. {@code received.desk}; null for a line that has only its text
 * @param args the values the sentence names, in order (names of units and people, amounts, dates, reasons)
 * @param by who acted, as the line names them after a dash ("Nguyễn Thị Lan"); null when nobody is named
 * @param text the Vietnamese sentence, the one who acted included
 */
public record HistoryNote(String code, List<String> args, String by, String text) {

    public HistoryNote {
        args = args == null ? List.of() : List.copyOf(args);
    }

    /** A note whose sentence names no one; a missing argument reads as empty. */
    public static HistoryNote of(String code, String text, String... args) {
        return new HistoryNote(code, Arrays.stream(args).map(arg -> Objects.requireNonNullElse(arg, "")).toList(), null, text);
    }

    /** A line written before codes existed, or by a producer that sends only its words. */
    public static HistoryNote text(String text) {
        return new HistoryNote(null, List.of(), null, text);
    }

    /** The same note naming who acted; no one named when {@code who} is null. */
    public HistoryNote by(String who) {
        return who == null || who.isBlank() ? this : new HistoryNote(code, args, who, text + " — " + who);
    }
}
