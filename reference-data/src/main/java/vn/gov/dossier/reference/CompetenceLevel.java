package vn.gov.dossier.reference;

public enum CompetenceLevel {
    COMMUNE, PROVINCE, NATIONAL
}
