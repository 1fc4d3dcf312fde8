package vn.gov.dossier.intake.registration.web;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import vn.gov.dossier.intake.registration.Dossier;

/**
 * The answer to a registration (API.md): what the desk prints on the receipt.
 *
 * @param feeVnd the procedure's fee, in đồng (0: none), to be paid at the desk or online
 */
record DossierReceipt(UUID id, String code, String status, OffsetDateTime receivedAt, LocalDate appointmentDate, OffsetDateTime dueAt,
                      String lookupSecret, Long feeVnd) {

    static DossierReceipt of(Dossier dossier) {
        return new DossierReceipt(dossier.id(), dossier.code(), dossier.status().name(), dossier.receivedAt(), dossier.appointmentDate(),
                dossier.dueAt(), dossier.lookupSecret(), dossier.feeVnd());
    }
}
