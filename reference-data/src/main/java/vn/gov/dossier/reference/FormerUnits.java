package vn.gov.dossier.reference;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVRecord;

/**
 * The communes before 1 July 2025 (63 provinces, 10,047 communes) and what became of each: merged whole into one new
 * commune ({@code full}), or split across several ({@code partial}). Identity cards and old papers still carry the
 * old addresses. A split commune is never guessed: its candidates are returned for the clerk to choose.
 */
public final class FormerUnits {

    /**
     * One former commune and the current communes it became.
     *
     * @param split the mapping marks it {@code partial}: parts went to different communes, possibly more than the data
     *     lists, so even a single candidate needs the clerk's confirmation
     */
    public record Resolution(String formerCode, String formerName, String formerProvinceName, boolean split, List<Commune> candidates) {

        /** True when a person has to choose (or confirm) the current commune: never guessed. */
        public boolean ambiguous() {
            return split || candidates.size() != 1;
        }
    }

    private final Map<String, Resolution> byFormerCode;

    private FormerUnits(Map<String, Resolution> byFormerCode) {
        this.byFormerCode = byFormerCode;
    }

    public static FormerUnits load(AdministrativeUnits current) {
        Map<String, List<CSVRecord>> rows = new LinkedHashMap<>();
        for (CSVRecord row : Csv.read(AdministrativeUnits.FORMER_TO_CURRENT)) {
            rows.computeIfAbsent(row.get("old_unit_code"), code -> new ArrayList<>()).add(row);
        }
        Map<String, Resolution> resolutions = new LinkedHashMap<>();
        rows.forEach((code, mappings) -> {
            List<Commune> candidates = new ArrayList<>();
            for (CSVRecord mapping : mappings) {
                currentCommune(current, mapping).filter(commune -> !candidates.contains(commune)).ifPresent(candidates::add);
            }
            boolean split = mappings.stream().anyMatch(mapping -> "partial".equals(mapping.get("merge_type")));
            CSVRecord first = mappings.get(0);
            resolutions.put(code, new Resolution(code, first.get("old_unit_name"), first.get("old_province_name"), split, List.copyOf(candidates)));
        });
        return new FormerUnits(Map.copyOf(resolutions));
    }

    /**
     * The new commune of a mapping row, by code, or by name within the province where the mapping uses a code that
     * differs from the current list's (two communes, per the data's caveats: the code is data, not hard-coded).
     */
    private static Optional<Commune> currentCommune(AdministrativeUnits current, CSVRecord mapping) {
        Optional<Commune> byCode = current.commune(mapping.get("new_commune_code"));
        if (byCode.isPresent()) {
            return byCode;
        }
        String wanted = normalise(mapping.get("new_commune_name"));
        return current.communesOf(mapping.get("new_province_code")).stream()
                .filter(commune -> normalise(commune.fullName()).equals(wanted))
                .findFirst();
    }

    private static String normalise(String name) {
        return java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFC).toLowerCase(Locale.ROOT).trim();
    }

    public Optional<Resolution> resolve(String formerCode) {
        return Optional.ofNullable(formerCode == null ? null : byFormerCode.get(formerCode));
    }

    public Collection<Resolution> all() {
        return byFormerCode.values();
    }
}
