package vn.gov.dossier.reference;

import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVRecord;

/** The provinces and communes of one edition of the administrative map, indexed by code. */
public final class AdministrativeUnits {

    /** In force since 30 Apr 2026. */
    public static final String EDITION_2026_07 = "/reference/admin-units-2026-07.csv";
    /** As it stood on 1 Jul 2025, for dossiers dated before the 2026 changes. */
    public static final String EDITION_2025_07_01 = "/reference/admin-units-2025-07-01.csv";

    /** Which pre-July-2025 unit became which new commune. */
    public static final String FORMER_TO_CURRENT = "/reference/old-to-new-units-2025-07-01.csv";

    private final Map<String, Commune> communes;
    private final Map<String, Province> provinces;

    private AdministrativeUnits(Map<String, Commune> communes, Map<String, Province> provinces) {
        this.communes = communes;
        this.provinces = provinces;
    }

    public static AdministrativeUnits current() {
        return load(EDITION_2026_07);
    }

    /** The current edition, read once for the JVM (it never changes while it runs): for naming units in sentences. */
    public static AdministrativeUnits shipped() {
        return Shipped.UNITS;
    }

    private static final class Shipped {
        private static final AdministrativeUnits UNITS = current();
    }

    public static AdministrativeUnits load(String resource) {
        Map<String, Commune> communes = new LinkedHashMap<>();
        Map<String, Province> provinces = new LinkedHashMap<>();
        for (CSVRecord row : Csv.read(resource)) {
            Commune commune = new Commune(row.get("commune_code"), row.get("commune_name"), type(row.get("commune_type")),
                    row.get("province_code"), row.get("province_name"));
            communes.put(commune.code(), commune);
            provinces.putIfAbsent(commune.provinceCode(), new Province(commune.provinceCode(), commune.provinceName()));
        }
        return new AdministrativeUnits(Map.copyOf(communes), Map.copyOf(provinces));
    }

    private static String type(String vietnamese) {
        return switch (vietnamese.trim().toLowerCase(java.util.Locale.ROOT)) {
            case "phường" -> "PHUONG";
            case "đặc khu" -> "DAC_KHU";
            case "xã" -> "XA";
            default -> throw new IllegalArgumentException("unknown commune type " + vietnamese);
        };
    }

    /** Codes of the 63 provinces before 1 Jul 2025: still the first digits of identity numbers issued under them. */
    public static java.util.Set<String> formerProvinceCodes() {
        java.util.Set<String> codes = new java.util.TreeSet<>();
        for (CSVRecord row : Csv.read(FORMER_TO_CURRENT)) {
            String code = row.get("old_province_code");
            if (!code.isBlank()) {
                codes.add(code);
            }
        }
        return java.util.Collections.unmodifiableSet(codes);
    }

    public Optional<Commune> commune(String code) {
        return Optional.ofNullable(code == null ? null : communes.get(code));
    }

    public Optional<Province> province(String code) {
        return Optional.ofNullable(code == null ? null : provinces.get(code));
    }

    public List<Commune> communesOf(String provinceCode) {
        return communes.values().stream()
                .filter(commune -> commune.provinceCode().equals(provinceCode))
                .sorted(Comparator.comparing(Commune::code))
                .toList();
    }

    public Collection<Commune> communes() {
        return communes.values();
    }

    public Collection<Province> provinces() {
        return provinces.values();
    }
}
