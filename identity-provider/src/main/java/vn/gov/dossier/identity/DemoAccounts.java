package vn.gov.dossier.identity;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The officers the local stack knows ({@code demo-accounts.yml}): who each is, which role(s) they hold and in which
 * unit. Demo only: a province's officers come from its own directory through Keycloak or its identity provider.
 *
 * @param password the one password of every demo account, stored only as a hash once loaded
 */
@ConfigurationProperties("identity")
public record DemoAccounts(String password, List<Account> accounts) {

    public static final String CLERK = "CLERK";
    public static final String PROCESSOR = "PROCESSOR";
    public static final String ADMIN = "ADMIN";
    public static final String OPERATOR = "OPERATOR";

    public DemoAccounts {
        accounts = accounts == null ? List.of() : List.copyOf(accounts);
    }

    /**
     * @param username the login, e.g. {@code clerk-00004}
     * @param name the officer's full name, as the history shows it
     * @param roles what they may do: CLERK, PROCESSOR, ADMIN, OPERATOR
     * @param unit where: a commune code for a clerk or a support team, an authority id for a processor, a province
     *             code or {@code national} for operations; none for the administrator and citizens
     * @param personalId a citizen's 12-digit personal identification number (the electronic identity's stand-in)
     * @param assurance a citizen's electronic identity level of assurance ({@code vneid-2}, {@code vneid-1})
     */
    public record Account(String username, String name, List<String> roles, String unit, String personalId, String assurance) {

        public Account {
            roles = roles == null ? List.of() : List.copyOf(roles);
        }
    }

    public Optional<Account> account(String username) {
        return Optional.ofNullable(byUsername().get(username));
    }

    private Map<String, Account> byUsername() {
        return accounts.stream().collect(Collectors.toMap(Account::username, Function.identity()));
    }
}
