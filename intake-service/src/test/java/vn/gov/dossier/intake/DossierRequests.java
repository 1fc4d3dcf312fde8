package vn.gov.dossier.intake;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Request bodies for intake tests, as a desk application would send them. */
final class DossierRequests {

    private DossierRequests() {
    }

    /** Permanent residence registration at Phường Ba Đình (Hà Nội) for a resident of Phường Tân Định (HCMC). */
    static Map<String, Object> residenceRegistrationAtBaDinhForTanDinhResident() {
        Map<String, Object> applicant = new LinkedHashMap<>();
        applicant.put("fullName", "Nguyễn Văn An");
        applicant.put("idNumber", "001099012345");
        applicant.put("phone", "0912345678");
        applicant.put("email", "an@example.vn");
        applicant.put("residenceUnitCode", "26737");
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("procedureCode", "1.004222");
        body.put("receivingUnitCode", "00004");
        body.put("channel", "DESK");
        body.put("applicant", applicant);
        body.put("resultDelivery", "AT_DESK");
        body.put("documents", List.of(Map.of("title", "Tờ khai thay đổi thông tin cư trú", "sha256", "ab".repeat(32))));
        return body;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> with(Map<String, Object> body, String path, Object value) {
        Map<String, Object> copy = deepCopy(body);
        String[] parts = path.split("\\.");
        Map<String, Object> target = copy;
        for (int i = 0; i < parts.length - 1; i++) {
            target = (Map<String, Object>) target.get(parts[i]);
        }
        target.put(parts[parts.length - 1], value);
        return copy;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> deepCopy(Map<String, Object> body) {
        Map<String, Object> copy = new LinkedHashMap<>();
        body.forEach((key, value) -> copy.put(key, value instanceof Map<?, ?> nested ? deepCopy((Map<String, Object>) nested) : value));
        return copy;
    }
}
