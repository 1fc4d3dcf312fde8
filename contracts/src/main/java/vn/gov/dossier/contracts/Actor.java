package vn.gov.dossier.contracts;

/**
 * The officer who took a step, as their verified token named them: what the history shows and what an audit reads.
 *
 * @param name the officer's display name
 * @param unitCode their desk's commune code or their authority's id; null for an administrator
 * @param role the role they acted in: CLERK, PROCESSOR or ADMIN
 */
public record Actor(String name, String unitCode, String role) {
}
