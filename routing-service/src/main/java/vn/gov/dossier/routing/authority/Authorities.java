package vn.gov.dossier.routing.authority;

import java.util.Map;
import java.util.Optional;
import vn.gov.dossier.contracts.AuthorityLevel;
import vn.gov.dossier.reference.AdministrativeUnits;
import vn.gov.dossier.reference.Commune;
import vn.gov.dossier.reference.Province;

/** Finds authorities by agency and unit, in memory. */
public final class Authorities {

    /** Commune-level agencies: the People's Committee and the commune police. */
    private static final Map<String, String> COMMUNE_AGENCIES = Map.of(
            "UBND", "Ủy ban nhân dân",
            "CA", "Công an");

    /** Provincial departments and agencies (after the 2025 reorganisation of provincial departments). */
    private static final Map<String, String> PROVINCE_AGENCIES = Map.ofEntries(
            Map.entry("UBND", "Ủy ban nhân dân"),
            Map.entry("CA", "Công an"),
            Map.entry("STP", "Sở Tư pháp"),
            Map.entry("SNNMT", "Sở Nông nghiệp và Môi trường"),
            Map.entry("SXD", "Sở Xây dựng"),
            Map.entry("SYT", "Sở Y tế"),
            Map.entry("SGDDT", "Sở Giáo dục và Đào tạo"),
            Map.entry("STC", "Sở Tài chính"),
            Map.entry("SCT", "Sở Công Thương"),
            Map.entry("SNV", "Sở Nội vụ"),
            Map.entry("SVHTTDL", "Sở Văn hóa, Thể thao và Du lịch"),
            Map.entry("SKHCN", "Sở Khoa học và Công nghệ"),
            Map.entry("BHXH", "Bảo hiểm xã hội"),
            Map.entry("THUE", "Thuế"));

    private static final Map<String, String> NATIONAL_AGENCIES = Map.of(
            "BNG", "Bộ Ngoại giao (Cục Lãnh sự)",
            "BCA", "Bộ Công an (Cục Quản lý xuất nhập cảnh)",
            "BTP", "Bộ Tư pháp (Trung tâm Lý lịch tư pháp quốc gia)",
            "BGDDT", "Bộ Giáo dục và Đào tạo (Cục Quản lý chất lượng)",
            "BVHTTDL", "Bộ Văn hóa, Thể thao và Du lịch (Cục Bản quyền tác giả)");

    private final AdministrativeUnits units;

    public Authorities(AdministrativeUnits units) {
        this.units = units;
    }

    public Optional<Authority> ofCommune(String agency, String communeCode) {
        String title = COMMUNE_AGENCIES.get(agency);
        return units.commune(communeCode).filter(commune -> title != null).map(commune -> commune(agency, title, commune));
    }

    public Optional<Authority> ofProvince(String agency, String provinceCode) {
        String title = PROVINCE_AGENCIES.get(agency);
        return units.province(provinceCode).filter(province -> title != null).map(province -> province(agency, title, province));
    }

    public Optional<Authority> national(String agency) {
        return Optional.ofNullable(NATIONAL_AGENCIES.get(agency))
                .map(name -> new Authority(agency, name, AuthorityLevel.NATIONAL, null, null, agency));
    }

    /** Whether an agency exists at that level (for checking a catalogue change). */
    public boolean hasAgency(vn.gov.dossier.reference.CompetenceLevel level, String agency) {
        return switch (level) {
            case COMMUNE -> COMMUNE_AGENCIES.containsKey(agency);
            case PROVINCE -> PROVINCE_AGENCIES.containsKey(agency);
            case NATIONAL -> NATIONAL_AGENCIES.containsKey(agency);
        };
    }

    /** Any authority by its id, e.g. for a manual assignment. */
    public Optional<Authority> byId(String id) {
        int dash = id == null ? -1 : id.indexOf('-');
        if (dash < 0) {
            return national(id);
        }
        String agency = id.substring(0, dash);
        String unit = id.substring(dash + 1);
        return unit.length() == 5 ? ofCommune(agency, unit) : ofProvince(agency, unit);
    }

    private static Authority commune(String agency, String title, Commune commune) {
        return new Authority(agency + "-" + commune.code(), title + " " + commune.fullName(), AuthorityLevel.COMMUNE, commune.code(),
                commune.provinceCode(), agency);
    }

    private static Authority province(String agency, String title, Province province) {
        return new Authority(agency + "-" + province.code(), title + " " + province.name(), AuthorityLevel.PROVINCE, province.code(),
                province.code(), agency);
    }
}
