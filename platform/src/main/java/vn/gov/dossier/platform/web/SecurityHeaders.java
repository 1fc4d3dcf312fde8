package vn.gov.dossier.platform.web;

import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * The headers every answer carries, errors and probes included (OWASP secure headers for an API): no content-type
 * sniffing, never framed, no referrer, and not kept by any cache unless the handler said otherwise (answers carry
 * personal data). JSON answers also get a content security policy that allows nothing; a PDF (receipt, result) only
 * the framing rule, so that a browser's viewer still shows it.
 */
public class SecurityHeaders implements WebFilter, Ordered {

    static final String CSP = "Content-Security-Policy";

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        exchange.getResponse().beforeCommit(() -> {
            HttpHeaders headers = exchange.getResponse().getHeaders();
            headers.set("X-Content-Type-Options", "nosniff");
            headers.set("X-Frame-Options", "DENY");
            headers.set("Referrer-Policy", "no-referrer");
            if (!headers.containsHeader(HttpHeaders.CACHE_CONTROL)) {
                headers.set(HttpHeaders.CACHE_CONTROL, "no-store");
            }
            boolean pdf = MediaType.APPLICATION_PDF.isCompatibleWith(headers.getContentType());
            headers.set(CSP, pdf ? "frame-ancestors 'none'" : "default-src 'none'; frame-ancestors 'none'");
            return Mono.empty();
        });
        return chain.filter(exchange);
    }
}
