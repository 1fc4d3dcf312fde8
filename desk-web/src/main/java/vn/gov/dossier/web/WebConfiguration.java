package vn.gov.dossier.web;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.SimpleLocaleContext;
import org.springframework.http.ResponseCookie;
import org.springframework.security.oauth2.client.web.DefaultReactiveOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.ReactiveOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.ReactiveOAuth2AuthorizedClientProviderBuilder;
import org.springframework.security.oauth2.client.registration.ReactiveClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.server.ServerOAuth2AuthorizedClientRepository;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.i18n.LocaleContextResolver;
import vn.gov.dossier.calendar.WorkingCalendar;

@Configuration(proxyBeanMethods = false)
class WebConfiguration {

    static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    private static final List<String> LANGUAGES = List.of("vi", "en");
    private static final String LANGUAGE_COOKIE = "lang";

    /** Officers' tokens, refreshed with the refresh token when they expire during a long day at the desk. */
    @Bean
    ReactiveOAuth2AuthorizedClientManager authorizedClients(ReactiveClientRegistrationRepository registrations,
                                                            ServerOAuth2AuthorizedClientRepository authorized) {
        DefaultReactiveOAuth2AuthorizedClientManager manager = new DefaultReactiveOAuth2AuthorizedClientManager(registrations, authorized);
        manager.setAuthorizedClientProvider(ReactiveOAuth2AuthorizedClientProviderBuilder.builder().authorizationCode().refreshToken().build());
        return manager;
    }

    /** Vietnamese first; {@code ?lang=en} switches to English and a cookie keeps the choice. */
    @Bean
    LocaleContextResolver localeContextResolver() {
        return new LocaleContextResolver() {
            @Override
            public LocaleContext resolveLocaleContext(ServerWebExchange exchange) {
                String asked = exchange.getRequest().getQueryParams().getFirst(LANGUAGE_COOKIE);
                if (asked != null && LANGUAGES.contains(asked)) {
                    exchange.getResponse().addCookie(ResponseCookie.from(LANGUAGE_COOKIE, asked).path("/").maxAge(Duration.ofDays(365))
                            .sameSite("Lax").httpOnly(true).build());
                    return new SimpleLocaleContext(Locale.forLanguageTag(asked));
                }
                var cookie = exchange.getRequest().getCookies().getFirst(LANGUAGE_COOKIE);
                if (cookie != null && LANGUAGES.contains(cookie.getValue())) {
                    return new SimpleLocaleContext(Locale.forLanguageTag(cookie.getValue()));
                }
                return new SimpleLocaleContext(VIETNAMESE);
            }

            @Override
            public void setLocaleContext(ServerWebExchange exchange, LocaleContext localeContext) {
                throw new UnsupportedOperationException("the language is chosen with ?lang=");
            }
        };
    }

    /** The working calendar, for "due within a working day" in the queue. */
    @Bean
    WorkingCalendar workingCalendar() {
        return WorkingCalendar.standard();
    }
}
