package vn.gov.dossier.reference;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVRecord;

/**
 * The papers a procedure's dossier must hold (thành phần hồ sơ), as the statute that governs it lists them, each with
 * its article. Recorded for some procedures so far: for the others the desk relies on the procedure's published
 * requirements, and {@link #of(String)} is empty.
 */
public final class RequiredPapers {

    public static final String SEED = "/reference/required-papers.csv";

    /** One required paper and where the law asks for it. */
    public record RequiredPaper(String title, String source) {
    }

    private final Map<String, List<RequiredPaper>> byProcedure;

    private RequiredPapers(Map<String, List<RequiredPaper>> byProcedure) {
        this.byProcedure = byProcedure;
    }

    public static RequiredPapers seed() {
        Map<String, List<RequiredPaper>> papers = new LinkedHashMap<>();
        for (CSVRecord row : Csv.read(SEED)) {
            papers.computeIfAbsent(row.get("procedure_code"), code -> new java.util.ArrayList<>())
                    .add(new RequiredPaper(row.get("paper"), row.get("source")));
        }
        papers.replaceAll((code, list) -> List.copyOf(list));
        return new RequiredPapers(Map.copyOf(papers));
    }

    /** The papers recorded for a procedure, in the statute's order; empty when none are recorded. */
    public List<RequiredPaper> of(String procedureCode) {
        return byProcedure.getOrDefault(procedureCode, List.of());
    }
}
