package vn.gov.dossier.platform.application;

import java.util.Objects;
import java.util.Set;

/**
 * Who is acting, as a verified token says: recorded with every step they take, and what each service's rules look at.
 *
 * @param subject the identity provider's stable id of the person (the token's {@code sub})
 * @param name the display name recorded in histories
 * @param roles what they may be
 * @param unit their desk's commune code (clerk), their authority's id (processor), a province code or
 *     {@value #NATIONAL} (operations); null for administrators and citizens
 */
public record Officer(String subject, String name, Set<Role> roles, String unit) {

    /** The operations unit that sees every province. */
    public static final String NATIONAL = "national";

    public Officer {
        Objects.requireNonNull(subject, "subject");
        roles = Set.copyOf(roles);
        name = name == null || name.isBlank() ? subject : name;
    }

    public boolean is(Role role) {
        return roles.contains(role);
    }

    /** True when the officer holds {@code role} for exactly {@code unitCode}. */
    public boolean isAt(Role role, String unitCode) {
        return is(role) && unit != null && unit.equals(unitCode);
    }

    /** An operator who sees the whole country. */
    public boolean isNationalOperator() {
        return isAt(Role.OPERATOR, NATIONAL);
    }

    /** An operator who sees this province (or every province). */
    public boolean operatesIn(String provinceCode) {
        return isNationalOperator() || (provinceCode != null && isAt(Role.OPERATOR, provinceCode));
    }
}
