package vn.gov.dossier.reference;

public record Province(String code, String name) {
}
