package vn.gov.dossier.reference;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVRecord;

/** The curated catalogue of procedures a desk may take, as versioned data. Only catalogued procedures can be filed. */
public final class Catalogue {

    public static final String SEED = "/reference/catalogue-v1.csv";

    private final Map<String, Procedure> procedures;

    public Catalogue(Collection<Procedure> procedures) {
        Map<String, Procedure> byCode = new LinkedHashMap<>();
        procedures.forEach(procedure -> byCode.put(procedure.code(), procedure));
        this.procedures = java.util.Collections.unmodifiableMap(byCode);
    }

    public static Catalogue seed() {
        return new Catalogue(Csv.read(SEED).stream().map(Catalogue::procedure).toList());
    }

    private static Procedure procedure(CSVRecord row) {
        String hours = row.get("processing_hours");
        return new Procedure(row.get("code"), row.get("name"),
                new Competence(CompetenceLevel.valueOf(row.get("level")), CompetenceBasis.valueOf(row.get("basis")), row.get("agency")),
                Integer.parseInt(row.get("processing_days")), hours.isBlank() ? null : Integer.valueOf(hours),
                Long.parseLong(row.get("fee_vnd")), row.get("source"));
    }

    public Optional<Procedure> procedure(String code) {
        return Optional.ofNullable(code == null ? null : procedures.get(code));
    }

    public Collection<Procedure> procedures() {
        return procedures.values();
    }
}
