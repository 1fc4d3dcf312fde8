package vn.gov.dossier.reporting.indicators;

import java.util.regex.Pattern;

/**
 * What an indicator counts over: {@code national}, {@code province:01}, {@code commune:00004} (dossiers received at
 * that province's or commune's desks), {@code authority:<id>} (dossiers routed to that authority) or
 * {@code procedure:1.004222} (dossiers of that procedure).
 */
public record Scope(Kind kind, String code) {

    public enum Kind { NATIONAL, PROVINCE, COMMUNE, AUTHORITY, PROCEDURE }

    private static final Pattern PROVINCE = Pattern.compile("\\d{2}");
    private static final Pattern COMMUNE = Pattern.compile("\\d{5}");
    private static final Pattern PROCEDURE = Pattern.compile("\\d\\.\\d{6}");
    private static final Pattern AUTHORITY = Pattern.compile("[A-Z]{2,10}(-\\d{2}|-\\d{5})?");

    /** @throws IllegalArgumentException with a message for the client when the text is not a scope */
    public static Scope parse(String text) {
        if (text == null || text.equals("national")) {
            return new Scope(Kind.NATIONAL, null);
        }
        int colon = text.indexOf(':');
        String kind = colon < 0 ? text : text.substring(0, colon);
        String code = colon < 0 ? "" : text.substring(colon + 1);
        return switch (kind) {
            case "province" -> checked(Kind.PROVINCE, code, PROVINCE);
            case "commune" -> checked(Kind.COMMUNE, code, COMMUNE);
            case "authority" -> checked(Kind.AUTHORITY, code, AUTHORITY);
            case "procedure" -> checked(Kind.PROCEDURE, code, PROCEDURE);
            default -> throw new IllegalArgumentException(
                    "must be national, province:<2 digits>, commune:<5 digits>, authority:<id> or procedure:<code, e.g. 1.004222>");
        };
    }

    private static Scope checked(Kind kind, String code, Pattern pattern) {
        if (!pattern.matcher(code).matches()) {
            throw new IllegalArgumentException("has an invalid " + kind.name().toLowerCase(java.util.Locale.ROOT) + " code: " + code);
        }
        return new Scope(kind, code);
    }

    @Override
    public String toString() {
        return kind == Kind.NATIONAL ? "national" : kind.name().toLowerCase(java.util.Locale.ROOT) + ":" + code;
    }
}
