package vn.gov.dossier.intake.registration;

import java.util.List;

/**
 * A commune before 1 July 2025 and what it became.
 *
 * @param ambiguous split between communes: the clerk chooses, the system never guesses
 * @param candidates the current communes, each as "code name"
 */
public record FormerCommune(String formerCode, String formerName, boolean ambiguous, List<String> candidateCodes, List<String> candidates) {
}
