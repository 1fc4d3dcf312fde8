package vn.gov.dossier.platform.security;

import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.util.ArrayList;
import java.util.List;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;
import org.springframework.security.web.server.firewall.ServerExchangeRejectedHandler;
import org.springframework.security.web.server.firewall.ServerWebExchangeFirewall;
import org.springframework.security.web.server.firewall.StrictServerWebExchangeFirewall;
import org.springframework.security.web.server.savedrequest.NoOpServerRequestCache;
import vn.gov.dossier.platform.application.Role;

/**
 * Every service is an OAuth 2 resource server: each {@code /api/v1} call carries a JWT from the configured issuer (RS256,
 * issuer, audience, expiry and not-before checked), except the citizen's public look-up; the OpenAPI document, the
 * probes and the Prometheus scrape are open.
 * Stateless: no session, no cookie, so no CSRF token either. Which role may call what is each service's
 * {@link AccessRules}; the rest is denied.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebFluxSecurity
@EnableConfigurationProperties(SecurityProperties.class)
public class ResourceServerSecurity {

    private static final String BEARER = "bearer";

    @Bean
    SecurityWebFilterChain apiSecurity(ServerHttpSecurity http, ReactiveJwtDecoder decoder, SecurityProperties properties,
                                       ObjectProvider<AccessRules> rules) {
        ProblemAnswers problems = new ProblemAnswers();
        return http
                .csrf(ServerHttpSecurity.CsrfSpec::disable)
                .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
                .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
                .logout(ServerHttpSecurity.LogoutSpec::disable)
                .anonymous(ServerHttpSecurity.AnonymousSpec::disable)
                // SecurityHeaders writes the headers (on every answer, before this chain runs).
                .headers(ServerHttpSecurity.HeaderSpec::disable)
                .requestCache(cache -> cache.requestCache(NoOpServerRequestCache.getInstance()))
                .securityContextRepository(NoOpServerSecurityContextRepository.getInstance())
                .exceptionHandling(handling -> handling.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .oauth2ResourceServer(server -> server
                        .authenticationEntryPoint(problems)
                        .accessDeniedHandler(problems)
                        .jwt(jwt -> jwt.jwtDecoder(decoder).jwtAuthenticationConverter(new OfficerTokens(properties.claims(), properties.citizenAssurance()))))
                .authorizeExchange(exchanges -> {
                    exchanges.pathMatchers(HttpMethod.GET, "/api/v1/public/**").permitAll();
                    exchanges.pathMatchers(HttpMethod.GET, "/v3/api-docs", "/v3/api-docs/**").permitAll();
                    // The management port (never published outside the cluster): probes and the Prometheus scrape open,
                    // health details (show-details=when-authorized) and the rest only for operations.
                    exchanges.pathMatchers(HttpMethod.GET, "/actuator/health", "/actuator/health/**", "/actuator/prometheus", "/actuator/info")
                            .permitAll();
                    exchanges.pathMatchers(HttpMethod.GET, "/actuator/**").access(Officers.in(Role.OPERATOR));
                    rules.orderedStream().forEach(rule -> rule.declare(exchanges));
                    exchanges.anyExchange().denyAll();
                })
                .build();
    }

    /**
     * Spring Security's firewall, strict as it is, except for an encoded NUL in the path: that one reaches the handler,
     * whose answer names the parameter that holds it (ProblemDetailsAdvice), as for a NUL in a query parameter.
     */
    @Bean
    ServerWebExchangeFirewall firewall() {
        StrictServerWebExchangeFirewall firewall = new StrictServerWebExchangeFirewall();
        firewall.setAllowNull(true);
        return firewall;
    }

    /** What the firewall refuses (an encoded slash, a disallowed method, …) is answered as problem+json too. */
    @Bean
    ServerExchangeRejectedHandler rejectedRequests() {
        return (exchange, rejected) -> ProblemAnswers.write(exchange.getResponse(), HttpStatus.BAD_REQUEST, "validation",
                "The request's address or headers hold characters this service refuses.");
    }

    /**
     * The OpenAPI document says it too: every operation needs a bearer token from the identity provider, except the
     * citizen's public look-up.
     */
    @Bean
    OpenApiCustomizer bearerTokens() {
        return openApi -> {
            openApi.schemaRequirement(BEARER, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT")
                    .description("An officer's access token from the identity provider (dossier.security.issuer); ops/token prints one."));
            openApi.getPaths().forEach((path, item) -> {
                if (!path.startsWith("/api/v1/public/")) {
                    item.readOperations().forEach(operation -> operation.addSecurityItem(new SecurityRequirement().addList(BEARER)));
                } else {
                    // Open to anyone, and said so: no security requirement at all, rather than none declared.
                    item.readOperations().forEach(operation -> operation.setSecurity(new java.util.ArrayList<>()));
                }
            });
        };
    }

    /**
     * No observation (span and timer) per security filter for every request: http.server.requests already counts each
     * answer by status (401 and 403 included), and the traces stay one span per hop.
     */
    @Bean
    SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }

    /**
     * Verifies tokens with the issuer's published keys, found through its OpenID configuration (or at
     * {@code dossier.security.jwk-set-uri}) at the first token, not at start-up: the services start beside the provider.
     */
    @Bean
    @ConditionalOnMissingBean
    ReactiveJwtDecoder jwtDecoder(SecurityProperties properties) {
        boolean keysElsewhere = properties.jwkSetUri() != null && !properties.jwkSetUri().isBlank();
        NimbusReactiveJwtDecoder decoder = (keysElsewhere ? NimbusReactiveJwtDecoder.withJwkSetUri(properties.jwkSetUri())
                : NimbusReactiveJwtDecoder.withIssuerLocation(properties.issuer()))
                .jwsAlgorithm(SignatureAlgorithm.RS256)
                .build();
        List<OAuth2TokenValidator<Jwt>> validators = new ArrayList<>();
        validators.add(JwtValidators.createDefaultWithIssuer(properties.issuer()));
        for (String audience : properties.audiences()) {
            validators.add(new JwtClaimValidator<List<String>>(JwtClaimNames.AUD, aud -> aud != null && aud.contains(audience)));
        }
        decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(validators));
        return decoder;
    }
}
