package vn.gov.dossier.contracts;

public enum AuthorityLevel {
    COMMUNE, PROVINCE, NATIONAL
}
