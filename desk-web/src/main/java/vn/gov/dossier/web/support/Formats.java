package vn.gov.dossier.web.support;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * How the pages write what the services answer in ISO form: dates as 03/12/2026, times as 15:00 03/12/2026 (Vietnam's
 * clock), money as 30.000 đ, rates as 95,0 %. Templates call it as {@code @fmt}.
 */
@Component("fmt")
public class Formats {

    private static final ZoneOffset VIETNAM = ZoneOffset.ofHours(7);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy");
    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    public String date(Object iso) {
        if (iso == null) {
            return "";
        }
        String text = iso.toString();
        return text.length() > 10 ? OffsetDateTime.parse(text).atZoneSameInstant(VIETNAM).format(DATE) : LocalDate.parse(text).format(DATE);
    }

    public String time(Object iso) {
        return iso == null ? "" : OffsetDateTime.parse(iso.toString()).atZoneSameInstant(VIETNAM).format(TIME);
    }

    public String money(Object dong) {
        return dong == null ? "" : NumberFormat.getIntegerInstance(VIETNAMESE).format(((Number) dong).longValue()) + " đ";
    }

    public String rate(Object fraction) {
        if (fraction == null) {
            return "—";
        }
        return String.format(VIETNAMESE, "%.1f %%", ((Number) fraction).doubleValue() * 100);
    }

    public String size(Object bytes) {
        if (bytes == null) {
            return "";
        }
        double value = ((Number) bytes).doubleValue();
        return value >= 1024 * 1024 ? String.format(VIETNAMESE, "%.1f MB", value / (1024 * 1024)) : String.format(VIETNAMESE, "%.0f kB", Math.ceil(value / 1024));
    }

    /** The same text for an element id: {@code applicant.residenceUnitCode} → {@code applicant-residenceUnitCode}. */
    public String slug(String field) {
        return field == null ? "" : field.replaceAll("[^A-Za-z0-9]+", "-").replaceAll("-$", "");
    }

    /** A JSON array of strings or numbers for a chart's data attributes (no script is written into the page). */
    public String jsonArray(java.util.Collection<?> values) {
        StringBuilder json = new StringBuilder("[");
        for (Object value : values) {
            if (json.length() > 1) {
                json.append(',');
            }
            if (value instanceof Number number) {
                json.append(number);
            } else if (value == null) {
                json.append("null");
            } else {
                json.append('"').append(value.toString().replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
            }
        }
        return json.append(']').toString();
    }
}
