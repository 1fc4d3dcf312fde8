package vn.gov.dossier.web.support;

import java.util.Collection;
import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.server.csrf.CsrfToken;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import vn.gov.dossier.web.WebProperties;

/** What every page's frame shows: who is signed in, the CSRF token for its forms, the page's own address for the language switch. */
@ControllerAdvice
class PageModel {

    private final WebProperties.Claims claims;

    PageModel(WebProperties properties) {
        this.claims = properties.claims();
    }

    @ModelAttribute("me")
    Officer me(@AuthenticationPrincipal OidcUser user) {
        if (user == null) {
            return null;
        }
        Object roles = user.getClaims().get(claims.roles());
        List<String> names = roles instanceof Collection<?> list ? list.stream().map(Object::toString).toList() : List.of();
        String name = user.getClaimAsString(claims.name());
        return new Officer(user.getPreferredUsername(), name == null ? user.getSubject() : name, names, user.getClaimAsString(claims.unit()));
    }

    /** Subscribing here makes the token exist (WebFlux creates it lazily) before the page renders its forms. */
    @ModelAttribute("_csrf")
    Mono<CsrfToken> csrf(ServerWebExchange exchange) {
        Mono<CsrfToken> token = exchange.getAttribute(CsrfToken.class.getName());
        return token == null ? Mono.empty() : token;
    }

    @ModelAttribute("path")
    String path(ServerWebExchange exchange) {
        return exchange.getRequest().getPath().value();
    }

    /** This very page in the other language: its query kept (a look-up's code and secret), only {@code lang} changed. */
    @ModelAttribute("otherLanguage")
    String otherLanguage(ServerWebExchange exchange) {
        java.util.Locale locale = exchange.getLocaleContext().getLocale();
        String other = locale != null && "en".equals(locale.getLanguage()) ? "vi" : "en";
        return org.springframework.web.util.UriComponentsBuilder.fromPath(exchange.getRequest().getPath().value())
                .query(exchange.getRequest().getURI().getRawQuery()).replaceQueryParam("lang", other).build().toUriString();
    }
}
