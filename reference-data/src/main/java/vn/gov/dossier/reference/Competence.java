package vn.gov.dossier.reference;

/** A procedure's competence rule: at what level, on whose location, and which agency. */
public record Competence(CompetenceLevel level, CompetenceBasis basis, String agency) {
}
