package vn.gov.dossier.notification.delivery;

import java.util.UUID;

/**
 * What notification keeps of a dossier to address and word its notices: the applicant's contact (personal data,
 * shown only masked) and the names the templates use.
 */
public record Dossier(UUID dossierId, String dossierCode, String procedureCode, String receivingUnitCode, String receivingProvinceCode,
                      String resultDelivery,
                      String applicantName, String phone, String email) {
}
