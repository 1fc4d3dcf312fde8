package vn.gov.dossier.processing.applicant;

import java.util.UUID;
import vn.gov.dossier.contracts.ApplicantContact;
import vn.gov.dossier.contracts.Channel;
import vn.gov.dossier.contracts.PostalAddress;
import vn.gov.dossier.contracts.ResultDelivery;

/** Who filed, how, and where the result goes, as the desk recorded it. Personal data: never logged. */
public record ApplicantFile(UUID dossierId, String dossierCode, Channel channel, ApplicantContact applicant, ResultDelivery resultDelivery,
                            PostalAddress resultAddress, PostalAddress visitAddress) {
}
