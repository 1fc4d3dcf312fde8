package vn.gov.dossier.platform.application;

import java.util.Objects;
import java.util.Set;

/**
 * Who is acting, as a verified token says: recorded with every step they take, and what each service's rules look at.
 *
 * @param subject the identity provider's stable id of the person (the token's {@code sub})
 * @param name the display name recorded in histories
 * @param roles what they may be
 * @param unit their desk's commune code (clerk, support team), their authority's id (processor), a province code or
 *     {@value #NATIONAL} (operations); null for administrators and citizens
 * @param personalId a citizen's 12-digit personal identification number, from the electronic identity's token (never
 *     from what a client sends); null for officers
 * @param assurance the electronic identity's level of assurance as the token states it (e.g. VNeID level 2); null when
 *     the token states none
 */
public record Officer(String subject, String name, Set<Role> roles, String unit, String personalId, String assurance) {

    /** The operations unit that sees every province. */
    public static final String NATIONAL = "national";

    public Officer {
        Objects.requireNonNull(subject, "subject");
        roles = Set.copyOf(roles);
        name = name == null || name.isBlank() ? subject : name;
    }

    /** An officer (no personal identification number). */
    public Officer(String subject, String name, Set<Role> roles, String unit) {
        this(subject, name, roles, unit, null, null);
    }

    /** A citizen signed in with their electronic identity, whose personal identification number the token states. */
    public boolean isCitizen() {
        return is(Role.CITIZEN) && personalId != null;
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
