package vn.gov.dossier.reference;

/**
 * A commune-level unit (xã, phường, đặc khu).
 *
 * @param type PHUONG, XA or DAC_KHU
 */
public record Commune(String code, String name, String type, String provinceCode, String provinceName) {

    /** The name with its type, as on a People's Committee's letterhead, e.g. "Phường Ba Đình". */
    public String fullName() {
        return switch (type) {
            case "PHUONG" -> "Phường " + name;
            case "DAC_KHU" -> "Đặc khu " + name;
            default -> "Xã " + name;
        };
    }
}
