package vn.gov.dossier.web;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.authority.mapping.GrantedAuthoritiesMapper;
import org.springframework.security.oauth2.client.oidc.web.server.logout.OidcClientInitiatedServerLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ReactiveClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestCustomizers;
import org.springframework.security.oauth2.client.web.server.DefaultServerOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.server.ServerOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.core.oidc.user.OidcUserAuthority;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.authentication.RedirectServerAuthenticationEntryPoint;
import org.springframework.security.web.server.header.ReferrerPolicyServerHttpHeadersWriter;
import org.springframework.security.web.server.header.XFrameOptionsServerHttpHeadersWriter;

/**
 * Officers sign in at the identity provider (OIDC authorization code); each part of the site is for one role, and
 * everything not named is for signed-in officers only. The citizen's look-up, the static files and the probes are open.
 * CSRF tokens guard every form (htmx sends it as a header); pages may not be framed, and load scripts from here only.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    static final String REGISTRATION = "dossier";

    @Bean
    SecurityWebFilterChain pages(ServerHttpSecurity http, ReactiveClientRegistrationRepository registrations) {
        OidcClientInitiatedServerLogoutSuccessHandler loggedOut = new OidcClientInitiatedServerLogoutSuccessHandler(registrations);
        loggedOut.setPostLogoutRedirectUri("{baseUrl}/");
        return http
                .authorizeExchange(pages -> pages
                        .pathMatchers("/", "/tra-cuu", "/tra-cuu/**", "/webjars/**", "/css/**", "/js/**", "/img/**", "/favicon.ico",
                                "/actuator/health", "/actuator/health/**", "/actuator/prometheus", "/error").permitAll()
                        // The filing page's look-ups (procedures, communes, the appointment, a paper row) serve citizens' own filing and the
                        // support teams completing what citizens started.
                        .pathMatchers(org.springframework.http.HttpMethod.GET, "/desk/procedures", "/desk/procedure", "/desk/places", "/desk/place",
                                "/desk/appointment", "/desk/paper-row").hasAnyRole("CLERK", "CITIZEN", "SUPPORT")
                        .pathMatchers("/desk", "/desk/**").hasRole("CLERK")
                        .pathMatchers("/cases", "/cases/**").hasRole("PROCESSOR")
                        .pathMatchers("/operations", "/operations/**").hasRole("OPERATOR")
                        .pathMatchers("/cong-dan", "/cong-dan/**").hasRole("CITIZEN")
                        .pathMatchers("/ho-tro", "/ho-tro/**").hasAnyRole("CLERK", "SUPPORT")
                        .anyExchange().authenticated())
                .oauth2Login(login -> login.authorizationRequestResolver(withPkce(registrations)))
                .exceptionHandling(errors -> errors.authenticationEntryPoint(
                        new RedirectServerAuthenticationEntryPoint("/oauth2/authorization/" + REGISTRATION)))
                .logout(logout -> logout.logoutSuccessHandler(loggedOut))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'self'; img-src 'self' data:; "
                                + "object-src 'none'; base-uri 'self'; frame-ancestors 'none'"))
                        .frameOptions(frame -> frame.mode(XFrameOptionsServerHttpHeadersWriter.Mode.DENY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyServerHttpHeadersWriter.ReferrerPolicy.NO_REFERRER)))
                .build();
    }

    /**
     * No observation (span and timer) per security filter for every page: http.server.requests already counts each
     * answer by status, as in the services.
     */
    @Bean
    SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }

    /** PKCE on the authorization code even for this confidential client, as OAuth 2.1 asks (the provider requires it). */
    private static ServerOAuth2AuthorizationRequestResolver withPkce(ReactiveClientRegistrationRepository registrations) {
        DefaultServerOAuth2AuthorizationRequestResolver resolver = new DefaultServerOAuth2AuthorizationRequestResolver(registrations);
        resolver.setAuthorizationRequestCustomizer(OAuth2AuthorizationRequestCustomizers.withPkce());
        return resolver;
    }

    /** The token's roles as Spring's authorities ({@code ROLE_CLERK} …), read from the claim the services read. */
    @Bean
    GrantedAuthoritiesMapper rolesFromToken(WebProperties properties) {
        return authorities -> {
            Set<GrantedAuthority> mapped = new HashSet<>(authorities);
            for (GrantedAuthority authority : authorities) {
                if (authority instanceof OidcUserAuthority oidc) {
                    Object roles = oidc.getIdToken().getClaims().get(properties.claims().roles());
                    if (roles instanceof Collection<?> names) {
                        names.forEach(role -> mapped.add(new SimpleGrantedAuthority("ROLE_" + role)));
                    }
                }
            }
            return mapped;
        };
    }
}
