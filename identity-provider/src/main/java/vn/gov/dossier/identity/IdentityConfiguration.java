package vn.gov.dossier.identity;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.JwtGrantedAuthoritiesConverter;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;

/**
 * Two filter chains: the authorization server's endpoints (authorize, token, JWKS, discovery, user info), and the rest
 * (the login page). Registered clients come from {@code spring.security.oauth2.authorizationserver.client.*}.
 */
@Configuration(proxyBeanMethods = false)
class IdentityConfiguration {

    /** The claims every service reads (their names are the services' configuration, so Keycloak can issue the same). */
    static final String ROLES_CLAIM = "roles";
    static final String UNIT_CLAIM = "unit";
    static final String NAME_CLAIM = "name";
    /** A citizen's personal identification number and their electronic identity's level of assurance. */
    static final String PERSONAL_ID_CLAIM = "pid";
    static final String ASSURANCE_CLAIM = "acr";

    /**
     * The signing keys, kept in {@code identity.signing-keys.folder} when it is set (the local stack's data folder) so that
     * tokens outlive a restart; a retired key stays published for the longest token lifetime plus the services' skew.
     */
    @Bean
    SigningKeys signingKeys(@Value("${identity.signing-keys.folder:}") String folder,
                            @Value("${identity.signing-keys.published-after-retirement:16m}") Duration publishedAfterRetirement) {
        return new SigningKeys(folder.isBlank() ? null : Path.of(folder), publishedAfterRetirement, Clock.systemUTC());
    }

    /** Tokens are signed with the one signing key, while retired ones stay published beside it. */
    @Bean
    JwtEncoder jwtEncoder(SigningKeys keys) {
        NimbusJwtEncoder encoder = new NimbusJwtEncoder(keys);
        encoder.setJwkSelector(keys::signingAmong);
        return encoder;
    }

    /**
     * The administrator's own endpoint on the provider: {@code POST /signing-keys/rotate} ({@code ops/rotate-signing-key}),
     * with an access token this provider issued to the administrator.
     */
    @Bean
    @Order(0)
    SecurityFilterChain signingKeysChain(HttpSecurity http, SigningKeys keys) throws Exception {
        JwtAuthenticationConverter roles = new JwtAuthenticationConverter();
        JwtGrantedAuthoritiesConverter fromRolesClaim = new JwtGrantedAuthoritiesConverter();
        fromRolesClaim.setAuthoritiesClaimName(ROLES_CLAIM);
        fromRolesClaim.setAuthorityPrefix("ROLE_");
        roles.setJwtGrantedAuthoritiesConverter(fromRolesClaim);
        http.securityMatcher("/signing-keys/**")
                .authorizeHttpRequests(requests -> requests.anyRequest().hasRole("ADMIN"))
                .oauth2ResourceServer(server -> server.jwt(jwt -> jwt.decoder(NimbusJwtDecoder.withJwkSource(keys).build())
                        .jwtAuthenticationConverter(roles)))
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .headers(IdentityConfiguration::strictHeaders);
        return http.build();
    }

    @Bean
    @Order(1)
    SecurityFilterChain authorizationServerChain(HttpSecurity http) throws Exception {
        http.oauth2AuthorizationServer(server -> {
                    http.securityMatcher(server.getEndpointsMatcher());
                    server.oidc(Customizer.withDefaults());
                })
                .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                .exceptionHandling(exceptions -> exceptions.defaultAuthenticationEntryPointFor(
                        new LoginUrlAuthenticationEntryPoint("/login"), new MediaTypeRequestMatcher(MediaType.TEXT_HTML)))
                .headers(IdentityConfiguration::strictHeaders);
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain loginChain(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers("/login", "/login.css", "/actuator/health", "/actuator/health/**").permitAll()
                        .anyRequest().authenticated())
                .formLogin(login -> login.loginPage("/login").permitAll())
                .headers(IdentityConfiguration::strictHeaders);
        return http.build();
    }

    private static void strictHeaders(HeadersConfigurer<HttpSecurity> headers) {
        headers.contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'self'; frame-ancestors 'none';"))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.NO_REFERRER));
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /** The demo accounts, their one password kept only as a bcrypt hash. */
    @Bean
    UserDetailsService officers(DemoAccounts accounts, PasswordEncoder encoder) {
        if (accounts.password() == null || accounts.password().isBlank()) {
            throw new IllegalStateException("identity.password is not set: the demo accounts need a password");
        }
        String hash = encoder.encode(accounts.password());
        List<org.springframework.security.core.userdetails.UserDetails> users = accounts.accounts().stream()
                .map(account -> User.withUsername(account.username()).password(hash)
                        .authorities(account.roles().stream().map(role -> "ROLE_" + role).toArray(String[]::new))
                        .build())
                .toList();
        return new InMemoryUserDetailsManager(users);
    }

    /** The audience every access token names, and every service requires (dossier.security.audience). */
    static final String SERVICES_AUDIENCE = "dossier-services";

    /** Roles, unit and name in the access token and the ID token: all a service needs to know who acts and where. */
    @Bean
    OAuth2TokenCustomizer<JwtEncodingContext> officerClaims(DemoAccounts accounts) {
        return context -> {
            boolean accessToken = OAuth2TokenType.ACCESS_TOKEN.equals(context.getTokenType());
            boolean idToken = "id_token".equals(context.getTokenType().getValue());
            if (!accessToken && !idToken) {
                return;
            }
            if (accessToken) {
                // The services accept only tokens meant for them (Keycloak's realm adds the same audience).
                context.getClaims().audience(List.of(context.getRegisteredClient().getClientId(), SERVICES_AUDIENCE));
            }
            accounts.account(context.getPrincipal().getName()).ifPresent(account -> context.getClaims().claims(claims -> {
                claims.put(ROLES_CLAIM, account.roles());
                if (account.unit() != null) {
                    claims.put(UNIT_CLAIM, account.unit());
                }
                claims.put(NAME_CLAIM, account.name());
                if (account.personalId() != null) {
                    claims.put(PERSONAL_ID_CLAIM, account.personalId());
                    claims.put(ASSURANCE_CLAIM, account.assurance());
                }
                claims.put("preferred_username", account.username());
            }));
        };
    }
}
