package vn.gov.dossier.intake.registration;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import vn.gov.dossier.contracts.Assistance;
import vn.gov.dossier.contracts.Channel;
import vn.gov.dossier.contracts.ResultDelivery;
import vn.gov.dossier.contracts.VietnamTime;

/**
 * Checks every field of a new dossier and names each bad one. Formats only: whether a procedure is offered or a
 * unit exists is the catalogue's and the map's answer (422), not a format error (400).
 */
public final class DossierValidation {

    private static final Pattern PROCEDURE_CODE = Pattern.compile("\\d{1,2}\\.\\d{6}");
    private static final Pattern UNIT_CODE = Pattern.compile("\\d{5}");
    /** Citizen identity number: 12 digits, the first three the province of birth registration (Decree 137/2015). */
    private static final Pattern ID_NUMBER = Pattern.compile("\\d{12}");
    /** Vietnamese mobile numbers after the 2018 renumbering: 03x, 05x, 07x, 08x, 09x, optionally +84 instead of 0. */
    private static final Pattern MOBILE = Pattern.compile("(0|\\+84)(3|5|7|8|9)\\d{8}");
    /** Fixed lines: 02 and the area code, 10 or 11 digits in all (e.g. 024 3823 1234 in Hà Nội). */
    private static final Pattern LANDLINE = Pattern.compile("(02|\\+842)\\d{8,9}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}");
    private static final Pattern SHA256 = Pattern.compile("[0-9a-fA-F]{64}");
    private static final int MAX_DOCUMENTS = 50;

    private final Set<String> idNumberProvincePrefixes;

    /** @param idNumberProvincePrefixes the valid first three digits of an identity number, e.g. "001" for Hà Nội */
    public DossierValidation(Set<String> idNumberProvincePrefixes) {
        this.idNumberProvincePrefixes = Set.copyOf(idNumberProvincePrefixes);
    }

    public List<Violation> check(NewDossier dossier) {
        List<Violation> violations = new ArrayList<>();
        matches(violations, "procedureCode", dossier.procedureCode(), PROCEDURE_CODE, "must be a procedure code such as 1.004222");
        matches(violations, "receivingUnitCode", dossier.receivingUnitCode(), UNIT_CODE, "must be a 5-digit commune code");
        oneOf(violations, "channel", dossier.channel(), Channel.class);
        oneOf(violations, "resultDelivery", dossier.resultDelivery(), ResultDelivery.class);
        optionalUnit(violations, "subjectUnitCode", dossier.subjectUnitCode());
        optionalUnit(violations, "formerSubjectUnitCode", dossier.formerSubjectUnitCode());
        if (dossier.subjectUnitCode() != null && dossier.formerSubjectUnitCode() != null) {
            violations.add(new Violation("formerSubjectUnitCode", "give either subjectUnitCode or formerSubjectUnitCode, not both"));
        }
        checkApplicant(violations, dossier.applicant());
        checkDocuments(violations, dossier.documents());
        if (ResultDelivery.POST.name().equals(dossier.resultDelivery()) && dossier.postalAddress() == null) {
            violations.add(new Violation("postalAddress", "is required when the result is sent by post"));
        }
        checkAddress(violations, "postalAddress", dossier.postalAddress());
        if (Channel.HOME_VISIT.name().equals(dossier.channel()) && dossier.visitAddress() == null) {
            violations.add(new Violation("visitAddress", "is required for a home visit: where the officers filed the dossier"));
        }
        checkAddress(violations, "visitAddress", dossier.visitAddress());
        checkAssistance(violations, dossier);
        return violations;
    }

    /** A helped filing is an online one (a home visit's, for an officer visiting): never counted as a desk filing. */
    private static void checkAssistance(List<Violation> violations, NewDossier dossier) {
        NewDossier.Assisted assisted = dossier.assistance();
        if (assisted == null) {
            return;
        }
        oneOf(violations, "assistance.helperRole", assisted.helperRole(), Assistance.HelperRole.class);
        if (assisted.shift() != null) {
            oneOf(violations, "assistance.shift", assisted.shift(), Assistance.Shift.class);
        }
        String expected = Assistance.HelperRole.HOME_VISIT_OFFICER.name().equals(assisted.helperRole()) ? Channel.HOME_VISIT.name() : Channel.ONLINE.name();
        if (dossier.channel() != null && !expected.equals(dossier.channel())) {
            violations.add(new Violation("channel", "must be " + expected + " for a filing helped by " + assisted.helperRole()
                    + ": it counts as an assisted online filing, not a desk filing"));
        }
    }


    private void checkApplicant(List<Violation> violations, NewDossier.Applicant applicant) {
        if (applicant == null) {
            violations.add(new Violation("applicant", "is required"));
            return;
        }
        String name = applicant.fullName();
        if (name == null || name.isBlank()) {
            violations.add(new Violation("applicant.fullName", "is required"));
        } else if (name.length() > 100 || !name.codePoints().allMatch(c -> Character.isLetter(c) || c == ' ' || c == '\'' || c == '-')) {
            violations.add(new Violation("applicant.fullName", "must be at most 100 letters and spaces"));
        }
        String id = applicant.idNumber();
        if (id == null || !ID_NUMBER.matcher(id).matches()) {
            violations.add(new Violation("applicant.idNumber", "must be the 12-digit citizen identity number"));
        } else if (!idNumberProvincePrefixes.contains(id.substring(0, 3))) {
            violations.add(new Violation("applicant.idNumber", "does not start with a valid province code"));
        }
        optional(violations, "applicant.phone", applicant.phone(), MOBILE, "must be a Vietnamese mobile number such as 0912345678");
        optional(violations, "applicant.landline", applicant.landline(), LANDLINE, "must be a Vietnamese fixed line such as 02438231234");
        if (applicant.helper() != null) {
            if (applicant.helper().name() == null || applicant.helper().name().isBlank() || applicant.helper().name().length() > 100) {
                violations.add(new Violation("applicant.helper.name", "is required, at most 100 characters"));
            }
            matches(violations, "applicant.helper.phone", applicant.helper().phone(), MOBILE, "must be a Vietnamese mobile number such as 0912345678");
        }
        boolean reachable = applicant.phone() != null || applicant.landline() != null || applicant.email() != null || applicant.helper() != null
                || Boolean.TRUE.equals(applicant.paperNoticesOnly());
        if (!reachable) {
            violations.add(new Violation("applicant.phone", "is required unless a landline, an e-mail, a helper or paper notices only is given"));
        }
        if (applicant.birthDate() != null && (applicant.birthDate().isAfter(LocalDate.now(VietnamTime.ZONE))
                || applicant.birthDate().isBefore(LocalDate.of(1900, 1, 1)))) {
            violations.add(new Violation("applicant.birthDate", "must be a date of birth between 1900 and today"));
        }
        if (applicant.residenceStreet() != null && (applicant.residenceStreet().isBlank() || applicant.residenceStreet().length() > 200)) {
            violations.add(new Violation("applicant.residenceStreet", "must be 1 to 200 characters"));
        }
        if (applicant.email() != null && (applicant.email().length() > 254 || !EMAIL.matcher(applicant.email()).matches())) {
            violations.add(new Violation("applicant.email", "must be an e-mail address"));
        }
        if (applicant.formerResidenceUnitCode() == null) {
            matches(violations, "applicant.residenceUnitCode", applicant.residenceUnitCode(), UNIT_CODE, "must be a 5-digit commune code");
        } else if (applicant.residenceUnitCode() != null) {
            violations.add(new Violation("applicant.formerResidenceUnitCode", "give either residenceUnitCode or formerResidenceUnitCode, not both"));
        } else {
            optionalUnit(violations, "applicant.formerResidenceUnitCode", applicant.formerResidenceUnitCode());
        }
    }

    private static void checkAddress(List<Violation> violations, String field, NewDossier.Address address) {
        if (address == null) {
            return;
        }
        if (address.unitCode() == null && address.formerUnitCode() == null) {
            violations.add(new Violation(field + ".unitCode", "is required (or formerUnitCode, a commune before 1 July 2025)"));
        } else if (address.unitCode() != null && address.formerUnitCode() != null) {
            violations.add(new Violation(field + ".formerUnitCode", "give either unitCode or formerUnitCode, not both"));
        }
        optionalUnit(violations, field + ".unitCode", address.unitCode());
        optionalUnit(violations, field + ".formerUnitCode", address.formerUnitCode());
        if (address.street() == null || address.street().isBlank() || address.street().length() > 200) {
            violations.add(new Violation(field + ".street", "is required: house number, street, hamlet or village (at most 200 characters)"));
        }
        if (address.recipient() != null && (address.recipient().isBlank() || address.recipient().length() > 100)) {
            violations.add(new Violation(field + ".recipient", "must be 1 to 100 characters"));
        }
    }

    private static void optional(List<Violation> violations, String field, String value, Pattern pattern, String message) {
        if (value != null && !pattern.matcher(value).matches()) {
            violations.add(new Violation(field, message));
        }
    }

    private static void optionalUnit(List<Violation> violations, String field, String value) {
        if (value != null && !UNIT_CODE.matcher(value).matches()) {
            violations.add(new Violation(field, "must be a 5-digit commune code"));
        }
    }

    /** The checks on a list of documents, for a new dossier and for a supplement alike. */
    public static List<Violation> checkDocuments(List<NewDossier.Document> documents) {
        List<Violation> violations = new ArrayList<>();
        checkDocuments(violations, documents);
        return violations;
    }

    private static void checkDocuments(List<Violation> violations, List<NewDossier.Document> documents) {
        if (documents.size() > MAX_DOCUMENTS) {
            violations.add(new Violation("documents", "must list at most " + MAX_DOCUMENTS + " documents"));
            return;
        }
        for (int i = 0; i < documents.size(); i++) {
            NewDossier.Document document = documents.get(i);
            if (document == null) {
                violations.add(new Violation("documents[" + i + "]", "is required"));
                continue;
            }
            if (document.title() == null || document.title().isBlank() || document.title().length() > 200) {
                violations.add(new Violation("documents[" + i + "].title", "is required, at most 200 characters"));
            }
            if (document.sha256() == null || !SHA256.matcher(document.sha256()).matches()) {
                violations.add(new Violation("documents[" + i + "].sha256", "must be 64 hexadecimal characters"));
            }
            if (document.requirement() != null && (document.requirement().isBlank() || document.requirement().length() > 200)) {
                violations.add(new Violation("documents[" + i + "].requirement", "must be 1 to 200 characters"));
            }
            if (document.file() != null && (document.file().isBlank() || document.file().length() > 200)) {
                violations.add(new Violation("documents[" + i + "].file", "must be the uploaded file's name, 1 to 200 characters"));
            }
        }
    }

    private static void matches(List<Violation> violations, String field, String value, Pattern pattern, String message) {
        if (value == null || value.isBlank()) {
            violations.add(new Violation(field, "is required"));
        } else if (!pattern.matcher(value).matches()) {
            violations.add(new Violation(field, message));
        }
    }

    private static <E extends Enum<E>> void oneOf(List<Violation> violations, String field, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            violations.add(new Violation(field, "is required"));
            return;
        }
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(value)) {
                return;
            }
        }
        violations.add(new Violation(field, "must be one of " + java.util.Arrays.toString(type.getEnumConstants())));
    }
}
