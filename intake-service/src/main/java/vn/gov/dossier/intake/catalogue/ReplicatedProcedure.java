package vn.gov.dossier.intake.catalogue;

/** What intake needs of a catalogued procedure, at the catalogue version it was told. */
/** @param feeVnd the fee in đồng (0: none); null when a row stored before fees were replicated does not say */
public record ReplicatedProcedure(String code, String name, int processingDays, Integer processingHours, Long feeVnd, boolean offered,
                                  long version) {

    ReplicatedProcedure withFee(Long fee) {
        return new ReplicatedProcedure(code, name, processingDays, processingHours, fee, offered, version);
    }
}
