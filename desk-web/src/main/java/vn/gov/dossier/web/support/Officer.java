package vn.gov.dossier.web.support;

import java.util.List;

/** The signed-in officer as the pages show them: name, roles and unit, from the identity provider's ID token. */
public record Officer(String username, String name, List<String> roles, String unit) {

    public Officer {
        roles = roles == null ? List.of() : List.copyOf(roles);
    }

    public boolean is(String role) {
        return roles.contains(role);
    }

    /** Where the officer's work starts: the desk, the authority's queue, the indicators, or a citizen's own dossiers. */
    public String home() {
        if (is("CLERK")) {
            return "/desk";
        }
        if (is("PROCESSOR")) {
            return "/cases";
        }
        if (is("OPERATOR")) {
            return "/operations";
        }
        if (is("CITIZEN")) {
            return "/cong-dan";
        }
        if (is("SUPPORT")) {
            return "/ho-tro";
        }
        return "/tra-cuu";
    }
}
