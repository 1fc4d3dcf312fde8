package vn.gov.dossier.processing.casework;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A citizen's withdrawal taken at a desk before the dossier's case was opened here, waiting for the case. */
public record HeldWithdrawal(UUID dossierId, String dossierCode, String unitCode, String note, OffsetDateTime at) {
}
