package vn.gov.dossier.reporting.rebuild;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * What a set of projections holds, to compare a rebuild with the live projections before it replaces them: the dossiers
 * received before a moment, and for each closed month (Vietnam time) what was received, resolved and withdrawn in it.
 *
 * @param months "yyyy-MM" → [received, resolved, withdrawn]
 */
public record ProjectionSummary(long dossiers, Map<String, List<Long>> months) {

    /** What this (rebuilt) summary loses or changes against the live one; empty when it may replace it. */
    public List<String> differencesFrom(ProjectionSummary live) {
        List<String> differences = new ArrayList<>();
        if (dossiers < live.dossiers) {
            differences.add("the rebuilt projections hold " + dossiers + " dossiers, the live ones " + live.dossiers);
        }
        TreeSet<String> all = new TreeSet<>(months.keySet());
        all.addAll(live.months.keySet());
        for (String month : all) {
            List<Long> rebuilt = months.getOrDefault(month, List.of(0L, 0L, 0L));
            List<Long> current = live.months.getOrDefault(month, List.of(0L, 0L, 0L));
            if (!rebuilt.equals(current)) {
                differences.add(month + ": received, resolved, withdrawn " + rebuilt + " rebuilt, " + current + " live");
            }
        }
        return differences;
    }
}
