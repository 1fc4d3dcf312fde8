package vn.gov.dossier.intake.catalogue;

/** What intake needs of a catalogued procedure, at the catalogue version it was told. */
public record ReplicatedProcedure(String code, String name, int processingDays, Integer processingHours, boolean offered, long version) {
}
