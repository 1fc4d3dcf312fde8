package vn.gov.dossier.web.casework;

import java.util.Locale;

/** Working time written as people say it: "1 giờ 30 phút làm việc" / "1 h 30 min of working time". */
final class Suspension {

    private Suspension() {
    }

    static String describe(long workingMinutes, Locale locale) {
        long hours = workingMinutes / 60;
        long minutes = workingMinutes % 60;
        if ("en".equals(locale.getLanguage())) {
            return hours + " h " + minutes + " min of working time";
        }
        return hours + " giờ " + minutes + " phút làm việc";
    }
}
