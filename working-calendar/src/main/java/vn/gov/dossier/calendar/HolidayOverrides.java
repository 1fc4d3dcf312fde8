package vn.gov.dossier.calendar;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * What the Prime Minister fixes each year on top of the Labour Code's rule: extra days off (e.g. the exact Tết
 * days, a bridging day) and make-up working days (usually Saturdays). Loaded from data, never hard-coded.
 */
public record HolidayOverrides(Set<LocalDate> extraDaysOff, Set<LocalDate> workingDays) {

    public static final HolidayOverrides NONE = new HolidayOverrides(Set.of(), Set.of());

    /** The table shipped with the calendar: the Prime Minister's and ministries' published decisions, by year. */
    public static final String PUBLISHED = "/calendar/holiday-overrides.csv";

    public HolidayOverrides {
        extraDaysOff = Set.copyOf(extraDaysOff);
        workingDays = Set.copyOf(workingDays);
    }

    public static Map<Integer, HolidayOverrides> published() {
        return load(PUBLISHED);
    }

    /**
     * Reads a table of {@code date,kind,reason} lines, kind {@code OFF} (an extra day off) or {@code WORK} (a make-up
     * working day); lines starting with # are comments.
     */
    public static Map<Integer, HolidayOverrides> load(String resource) {
        InputStream in = HolidayOverrides.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("missing holiday override table " + resource);
        }
        Map<Integer, Set<LocalDate>> off = new TreeMap<>();
        Map<Integer, Set<LocalDate>> work = new TreeMap<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank() || line.startsWith("#") || line.startsWith("date,")) {
                    continue;
                }
                String[] fields = line.split(",", 3);
                if (fields.length < 2) {
                    throw new IllegalStateException(resource + " line " + number + ": expected date,kind,reason");
                }
                LocalDate date = LocalDate.parse(fields[0].trim());
                Map<Integer, Set<LocalDate>> target = switch (fields[1].trim()) {
                    case "OFF" -> off;
                    case "WORK" -> work;
                    default -> throw new IllegalStateException(resource + " line " + number + ": kind must be OFF or WORK");
                };
                target.computeIfAbsent(date.getYear(), year -> new HashSet<>()).add(date);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<Integer, HolidayOverrides> byYear = new HashMap<>();
        Set<Integer> years = new HashSet<>(off.keySet());
        years.addAll(work.keySet());
        for (Integer year : years) {
            byYear.put(year, new HolidayOverrides(off.getOrDefault(year, Set.of()), work.getOrDefault(year, Set.of())));
        }
        return Map.copyOf(byYear);
    }
}
