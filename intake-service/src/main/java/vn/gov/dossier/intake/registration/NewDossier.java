package vn.gov.dossier.intake.registration;

import java.util.List;

/** What a desk submits, as typed: every field is checked by {@link DossierValidation} before anything is stored. */
public record NewDossier(String procedureCode, String receivingUnitCode, String channel, Applicant applicant, String subjectUnitCode,
                         String resultDelivery, List<Document> documents) {

    public record Applicant(String fullName, String idNumber, String phone, String email, String residenceUnitCode) {
    }

    public record Document(String title, String sha256) {
    }

    public NewDossier {
        documents = documents == null ? List.of() : List.copyOf(documents);
    }
}
