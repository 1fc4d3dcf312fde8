package vn.gov.dossier.intake.registration;

import java.util.List;

/**
 * What a desk submits, as typed: every field is checked by {@link DossierValidation} before anything is stored.
 * Addresses may be given in current commune codes or, as old identity cards show them, in pre-July-2025 codes
 * ({@code formerResidenceUnitCode}, {@code formerSubjectUnitCode}), which intake resolves.
 */
public record NewDossier(String procedureCode, String receivingUnitCode, String channel, Applicant applicant, String subjectUnitCode,
                         String resultDelivery, List<Document> documents, String formerSubjectUnitCode) {

    public record Applicant(String fullName, String idNumber, String phone, String email, String residenceUnitCode,
                            String formerResidenceUnitCode) {

        public Applicant(String fullName, String idNumber, String phone, String email, String residenceUnitCode) {
            this(fullName, idNumber, phone, email, residenceUnitCode, null);
        }

        Applicant livingIn(String currentCommune) {
            return new Applicant(fullName, idNumber, phone, email, currentCommune, null);
        }
    }

    public NewDossier(String procedureCode, String receivingUnitCode, String channel, Applicant applicant, String subjectUnitCode,
                      String resultDelivery, List<Document> documents) {
        this(procedureCode, receivingUnitCode, channel, applicant, subjectUnitCode, resultDelivery, documents, null);
    }

    /** The same dossier received at this desk (the clerk's own, when the request named none). */
    public NewDossier atDesk(String deskUnitCode) {
        return new NewDossier(procedureCode, deskUnitCode, channel, applicant, subjectUnitCode, resultDelivery, documents, formerSubjectUnitCode);
    }

    /** The same dossier with its addresses in current communes. */
    NewDossier withCurrentAddresses(String residenceUnitCode, String currentSubjectUnitCode) {
        return new NewDossier(procedureCode, receivingUnitCode, channel, applicant.livingIn(residenceUnitCode), currentSubjectUnitCode,
                resultDelivery, documents, null);
    }

    public record Document(String title, String sha256) {
    }

    public NewDossier {
        documents = documents == null ? List.of() : List.copyOf(documents);
    }
}
