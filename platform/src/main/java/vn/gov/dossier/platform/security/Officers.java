package vn.gov.dossier.platform.security;

import java.util.Arrays;
import java.util.function.Predicate;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.authorization.ReactiveAuthorizationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.server.authorization.AuthorizationContext;
import reactor.core.publisher.Mono;
import vn.gov.dossier.platform.application.Officer;
import vn.gov.dossier.platform.application.Role;

/** Access rules written about the officer a token names, for {@link AccessRules}. */
public final class Officers {

    private Officers() {
    }

    /** Officers for whom {@code test} holds; anyone else (no token, another kind of token) is refused. */
    public static ReactiveAuthorizationManager<AuthorizationContext> where(Predicate<Officer> test) {
        return (authentication, context) -> authentication
                .filter(Authentication::isAuthenticated)
                .map(Authentication::getPrincipal)
                .map(principal -> principal instanceof Officer officer && test.test(officer))
                .<AuthorizationResult>map(AuthorizationDecision::new)
                .defaultIfEmpty(new AuthorizationDecision(false));
    }

    /**
     * Officers holding any of these roles, with the unit the role needs (a clerk's desk, a processor's authority, an
     * operator's scope): a token that names the role without its unit may do nothing in it.
     */
    public static ReactiveAuthorizationManager<AuthorizationContext> in(Role... roles) {
        return where(officer -> Arrays.stream(roles).anyMatch(role -> officer.is(role) && (!needsUnit(role) || officer.unit() != null)));
    }

    private static boolean needsUnit(Role role) {
        return role == Role.CLERK || role == Role.PROCESSOR || role == Role.OPERATOR || role == Role.SUPPORT;
    }

    /** Citizens signed in with their electronic identity at an accepted level (their personal identification number known). */
    public static ReactiveAuthorizationManager<AuthorizationContext> citizen() {
        return where(Officer::isCitizen);
    }

    /** Every officer, in whatever role (not a citizen). */
    public static ReactiveAuthorizationManager<AuthorizationContext> anyOfficer() {
        return in(Role.CLERK, Role.PROCESSOR, Role.ADMIN, Role.OPERATOR, Role.SUPPORT);
    }

    /** Every officer, and every citizen signed in with their electronic identity: what the catalogue and the map tell anyone. */
    public static ReactiveAuthorizationManager<AuthorizationContext> anyoneSignedIn() {
        ReactiveAuthorizationManager<AuthorizationContext> officers = anyOfficer();
        return (authentication, context) -> officers.authorize(authentication, context)
                .filter(AuthorizationResult::isGranted)
                .switchIfEmpty(Mono.defer(() -> citizen().authorize(authentication, context)));
    }

    /** Administrators, and operators who see the whole country: work that reaches every province's dossiers. */
    public static ReactiveAuthorizationManager<AuthorizationContext> adminOrNationalOperator() {
        return where(officer -> officer.is(Role.ADMIN) || officer.isNationalOperator());
    }
}
