package vn.gov.dossier.web.support;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A line of a dossier's or a case's history in the reader's language: its code ({@code noteCode}) said by this
 * application's {@code history.<code>} message with the line's arguments, and who acted after a dash; the line's own
 * Vietnamese words for a line written before codes existed, or with a code these screens do not know yet.
 */
@Component("history")
public class HistoryLines {

    private final MessageSource messages;

    HistoryLines(MessageSource messages) {
        this.messages = messages;
    }

    public String text(Map<String, Object> entry, Locale locale) {
        Object note = entry.get("note");
        if (!(entry.get("noteCode") instanceof String code)) {
            return note == null ? "" : note.toString();
        }
        Object args = entry.get("noteArgs");
        String said = messages.getMessage("history." + code, args instanceof List<?> list ? list.toArray() : new Object[0], null, locale);
        if (said == null) {
            return note == null ? "" : note.toString();
        }
        return entry.get("noteBy") instanceof String by && !by.isBlank() ? said + " — " + by : said;
    }
}
