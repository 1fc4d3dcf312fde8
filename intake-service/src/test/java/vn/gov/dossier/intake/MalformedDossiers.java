package vn.gov.dossier.intake;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Generates malformed versions of a valid dossier: each field in turn removed, emptied, or replaced by a value of the
 * wrong format, length or type. Seeded, so a failure can be replayed.
 */
final class MalformedDossiers {

    private static final List<String> FIELDS = List.of("procedureCode", "receivingUnitCode", "channel", "resultDelivery", "subjectUnitCode",
            "applicant.fullName", "applicant.idNumber", "applicant.phone", "applicant.email", "applicant.residenceUnitCode",
            "applicant.formerResidenceUnitCode", "formerSubjectUnitCode", "documents");
    private static final List<Object> BAD_VALUES = List.of("", " ", "x", "0", "-1", "12345678901234567890", "9.999999", "99999",
            "'; DROP TABLE dossier; --", "<script>alert(1)</script>", "Nguyễn\u0000An", "a".repeat(300), 42, -7, 3.14, true,
            List.of(), List.of("x"), Map.of(), Map.of("title", 1), "0000", "000000", "ONLINE ", "desk", "+8491234567", "00004 ");

    private MalformedDossiers() {
    }

    static List<Map<String, Object>> generate(Map<String, Object> valid, int count, long seed) {
        Random random = new Random(seed);
        List<Map<String, Object>> bodies = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Map<String, Object> body = valid;
            int corruptions = 1 + random.nextInt(3);
            for (int c = 0; c < corruptions; c++) {
                String field = FIELDS.get(random.nextInt(FIELDS.size()));
                Object value = random.nextInt(5) == 0 ? null : BAD_VALUES.get(random.nextInt(BAD_VALUES.size()));
                body = DossierRequests.with(body, field, value);
            }
            bodies.add(body);
        }
        return bodies;
    }
}
