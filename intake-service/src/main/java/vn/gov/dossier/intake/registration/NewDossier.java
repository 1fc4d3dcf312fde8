package vn.gov.dossier.intake.registration;

import java.time.LocalDate;
import java.util.List;

/**
 * What a desk submits, as typed: every field is checked by {@link DossierValidation} before anything is stored.
 * Addresses may be given in current commune codes or, as old identity cards show them, in pre-July-2025 codes
 * ({@code formerResidenceUnitCode}, {@code formerSubjectUnitCode}), which intake resolves.
 *
 * @param assistance who helped, for an assisted online filing
 * @param homeVisitId the home visit it is filed on: the visit's address, officer and postal result are taken from it
 */
public record NewDossier(String procedureCode, String receivingUnitCode, String channel, Applicant applicant, String subjectUnitCode,
                         String resultDelivery, List<Document> documents, String formerSubjectUnitCode, Address postalAddress,
                         Address visitAddress, Assisted assistance, String homeVisitId) {

    /**
     * An online filing helped at a desk or by a support team: what the helper was doing and in which shift (their name
     * and commune come from their token). The channel must be ONLINE (HOME_VISIT for a home-visit officer).
     *
     * @param helperRole CLERK, RAPID_RESPONSE_TEAM, YOUTH_VOLUNTEER, DIGITAL_TEAM or HOME_VISIT_OFFICER
     * @param shift MORNING, AFTERNOON or EVENING; optional
     */
    public record Assisted(String helperRole, String shift) {
    }

    public NewDossier(String procedureCode, String receivingUnitCode, String channel, Applicant applicant, String subjectUnitCode,
                      String resultDelivery, List<Document> documents, String formerSubjectUnitCode, Address postalAddress,
                      Address visitAddress) {
        this(procedureCode, receivingUnitCode, channel, applicant, subjectUnitCode, resultDelivery, documents, formerSubjectUnitCode,
                postalAddress, visitAddress, null, null);
    }

    /**
     * The applicant as they are: a mobile phone is optional, for an applicant may have only a landline, a helper who
     * takes the messages, or want notices on paper only; one way to reach them is required.
     *
     * @param birthDate where given
     * @param residenceStreet house number and street of the residence, where given
     * @param landline a fixed line (called, never texted)
     * @param helper a relative or helper who takes the messages
     * @param paperNoticesOnly notices on paper only (at the desk, by post): no SMS, no e-mail
     */
    public record Applicant(String fullName, String idNumber, String phone, String email, String residenceUnitCode,
                            String formerResidenceUnitCode, LocalDate birthDate, String residenceStreet, String landline, Helper helper,
                            Boolean paperNoticesOnly) {

        public Applicant(String fullName, String idNumber, String phone, String email, String residenceUnitCode) {
            this(fullName, idNumber, phone, email, residenceUnitCode, null);
        }

        public Applicant(String fullName, String idNumber, String phone, String email, String residenceUnitCode,
                         String formerResidenceUnitCode) {
            this(fullName, idNumber, phone, email, residenceUnitCode, formerResidenceUnitCode, null, null, null, null, null);
        }

        public Applicant {
            paperNoticesOnly = Boolean.TRUE.equals(paperNoticesOnly);
        }

        Applicant livingIn(String currentCommune) {
            return new Applicant(fullName, idNumber, phone, email, currentCommune, null, birthDate, residenceStreet, landline, helper,
                    paperNoticesOnly);
        }
    }

    /** Who takes the messages for an applicant without a phone of their own. */
    public record Helper(String name, String phone) {
    }

    /**
     * A street address in a commune given in today's code or, from an old card, a pre-July-2025 one (resolved as the
     * residence is).
     */
    public record Address(String unitCode, String formerUnitCode, String street, String recipient) {

        Address in(String currentCommune) {
            return new Address(currentCommune, null, street, recipient);
        }
    }

    public NewDossier(String procedureCode, String receivingUnitCode, String channel, Applicant applicant, String subjectUnitCode,
                      String resultDelivery, List<Document> documents) {
        this(procedureCode, receivingUnitCode, channel, applicant, subjectUnitCode, resultDelivery, documents, null);
    }

    public NewDossier(String procedureCode, String receivingUnitCode, String channel, Applicant applicant, String subjectUnitCode,
                      String resultDelivery, List<Document> documents, String formerSubjectUnitCode) {
        this(procedureCode, receivingUnitCode, channel, applicant, subjectUnitCode, resultDelivery, documents, formerSubjectUnitCode, null, null);
    }

    /** The same dossier received at this desk (the clerk's own, when the request named none). */
    public NewDossier atDesk(String deskUnitCode) {
        return new NewDossier(procedureCode, deskUnitCode, channel, applicant, subjectUnitCode, resultDelivery, documents, formerSubjectUnitCode,
                postalAddress, visitAddress, assistance, homeVisitId);
    }

    /**
     * The same dossier filed on a home visit: helped by the visiting officer, filed at the visited address, the result
     * posted there unless the request says otherwise.
     */
    public NewDossier onVisit(String visitedCommune, String street, String recipient) {
        Address visited = new Address(visitedCommune, null, street, recipient);
        Assisted officer = new Assisted("HOME_VISIT_OFFICER", assistance == null ? null : assistance.shift());
        String delivery = resultDelivery == null ? "POST" : resultDelivery;
        return new NewDossier(procedureCode, receivingUnitCode, channel == null ? "HOME_VISIT" : channel, applicant, subjectUnitCode, delivery,
                documents, formerSubjectUnitCode, postalAddress == null && "POST".equals(delivery) ? visited : postalAddress,
                visitAddress == null ? visited : visitAddress, officer, homeVisitId);
    }

    /**
     * The same dossier as a citizen files it online: the applicant is the signed-in citizen (their personal
     * identification number from the token, their name from it when they typed none), the channel ONLINE.
     */
    public NewDossier filedOnlineBy(String personalId, String citizenName) {
        Applicant typed = applicant == null ? new Applicant(null, null, null, null, null) : applicant;
        Applicant citizen = new Applicant(typed.fullName() == null || typed.fullName().isBlank() ? citizenName : typed.fullName(), personalId,
                typed.phone(), typed.email(), typed.residenceUnitCode(), typed.formerResidenceUnitCode(), typed.birthDate(),
                typed.residenceStreet(), typed.landline(), typed.helper(), typed.paperNoticesOnly());
        return new NewDossier(procedureCode, receivingUnitCode, "ONLINE", citizen, subjectUnitCode, resultDelivery == null ? "ONLINE" : resultDelivery,
                documents, formerSubjectUnitCode, postalAddress, visitAddress, null, null);
    }

    /**
     * What the citizen started, completed at the desk: each field {@code more} gives replaces the started one (the
     * applicant's field by field); the applicant's identity number and the receiving desk stay as they are.
     */
    public NewDossier completedWith(NewDossier more) {
        if (more == null) {
            return this;
        }
        Applicant started = applicant == null ? new Applicant(null, null, null, null, null) : applicant;
        Applicant given = more.applicant();
        Applicant completed = given == null ? started : new Applicant(or(given.fullName(), started.fullName()), started.idNumber(),
                or(given.phone(), started.phone()), or(given.email(), started.email()), or(given.residenceUnitCode(), started.residenceUnitCode()),
                or(given.formerResidenceUnitCode(), started.formerResidenceUnitCode()), or(given.birthDate(), started.birthDate()),
                or(given.residenceStreet(), started.residenceStreet()), or(given.landline(), started.landline()), or(given.helper(), started.helper()),
                Boolean.TRUE.equals(given.paperNoticesOnly()) || Boolean.TRUE.equals(started.paperNoticesOnly()));
        return new NewDossier(or(more.procedureCode(), procedureCode), receivingUnitCode, channel, completed, or(more.subjectUnitCode(), subjectUnitCode),
                or(more.resultDelivery(), resultDelivery), more.documents().isEmpty() ? documents : more.documents(),
                or(more.formerSubjectUnitCode(), formerSubjectUnitCode), or(more.postalAddress(), postalAddress), visitAddress, assistance, homeVisitId);
    }

    private static <T> T or(T given, T started) {
        return given != null && !(given instanceof String text && text.isBlank()) ? given : started;
    }

    /** The same dossier, helped as {@code helped} says. */
    public NewDossier assisted(Assisted helped) {
        return new NewDossier(procedureCode, receivingUnitCode, channel, applicant, subjectUnitCode, resultDelivery, documents,
                formerSubjectUnitCode, postalAddress, visitAddress, helped, homeVisitId);
    }

    /** The same dossier with its addresses in current communes. */
    NewDossier withCurrentAddresses(String residenceUnitCode, String currentSubjectUnitCode, String postalUnitCode, String visitUnitCode) {
        return new NewDossier(procedureCode, receivingUnitCode, channel, applicant.livingIn(residenceUnitCode), currentSubjectUnitCode,
                resultDelivery, documents, null, postalAddress == null ? null : postalAddress.in(postalUnitCode),
                visitAddress == null ? null : visitAddress.in(visitUnitCode), assistance, homeVisitId);
    }

    /**
     * A paper the desk lists: its title, which of the procedure's required papers it answers, and, when the scan is
     * uploaded with the request, the uploaded file's name.
     */
    public record Document(String title, String sha256, String requirement, String file) {

        public Document(String title, String sha256) {
            this(title, sha256, null, null);
        }
    }

    public NewDossier {
        documents = documents == null ? List.of() : List.copyOf(documents);
    }
}
