package vn.gov.dossier.intake.deskwork;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import vn.gov.dossier.contracts.DeskStep;
import vn.gov.dossier.intake.registration.DossierValidation;
import vn.gov.dossier.intake.registration.Violation;

/**
 * Checks a desk's request field by field, naming each bad one as the client sent it (the dossier code is the path's,
 * checked with every path parameter before a handler runs).
 */
final class DeskRequestValidation {

    static final int MAX_NOTE = 2000;

    private final Predicate<String> communeInForce;

    /** @param communeInForce whether a code names a commune on today's map (the desk that acts must be one) */
    DeskRequestValidation(Predicate<String> communeInForce) {
        this.communeInForce = communeInForce;
    }

    List<Violation> check(DeskRequest request) {
        List<Violation> violations = new ArrayList<>();
        if (request.step() == DeskStep.SUPPLEMENT_PROVIDED) {
            if (request.documents().isEmpty() && (request.note() == null || request.note().isBlank())) {
                violations.add(new Violation("documents", "name at least one document, or say in the note what was brought"));
            }
            violations.addAll(DossierValidation.checkDocuments(request.documents()));
            note(violations, "note", request.note(), false);
        } else if (request.step() == DeskStep.WITHDRAWAL_REQUESTED) {
            note(violations, "reason", request.note(), true);
        }
        if (request.deskUnitCode() != null && !communeInForce.test(request.deskUnitCode())) {
            violations.add(new Violation("unitCode", "is not a commune code in force"));
        }
        return violations;
    }

    private static void note(List<Violation> violations, String field, String value, boolean required) {
        if (required && (value == null || value.isBlank())) {
            violations.add(new Violation(field, "is required"));
        } else if (value != null && value.length() > MAX_NOTE) {
            violations.add(new Violation(field, "must be at most " + MAX_NOTE + " characters"));
        }
    }
}
