package vn.gov.dossier.web.lookup;

import static vn.gov.dossier.web.support.Services.OBJECT;

import java.net.InetSocketAddress;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import reactor.core.publisher.Mono;
import vn.gov.dossier.web.support.Answers;
import vn.gov.dossier.web.support.Downloads;
import vn.gov.dossier.web.support.ServiceProblem;
import vn.gov.dossier.web.support.Services;

/**
 * The citizen's look-up page, the address the receipt's QR code opens: status, appointment date and authority, and the
 * signed result to download when it is ready; nothing personal. Intake limits look-ups per citizen: this page passes
 * on the address it was called from, and shows the limit as a polite wait.
 */
@Controller
class LookupController {

    private static final Pattern CODE = Pattern.compile("[0-9A-Za-z-]{1,40}");

    private final Services services;
    private final Answers answers;

    LookupController(Services services, Answers answers) {
        this.services = services;
        this.answers = answers;
    }

    @GetMapping("/tra-cuu")
    String form(@RequestParam(required = false) String code, @RequestParam(required = false) String secret) {
        if (code != null && CODE.matcher(code.trim()).matches()) {
            var target = org.springframework.web.util.UriComponentsBuilder.fromPath("/tra-cuu/{code}");
            if (secret != null && !secret.isBlank()) {
                target.queryParam("secret", "{secret}");
            }
            return "redirect:" + target.encode().buildAndExpand(Map.of("code", code.trim().toUpperCase(Locale.ROOT),
                    "secret", secret == null ? "" : secret.trim())).toUriString();
        }
        return "lookup/form";
    }

    @GetMapping("/tra-cuu/{code}")
    Mono<String> dossier(@PathVariable String code, @RequestParam(required = false) String secret, ServerHttpRequest request,
                         ServerHttpResponse response, Model model, Locale locale) {
        model.addAttribute("code", code);
        if (secret == null || secret.isBlank() || !CODE.matcher(code).matches()) {
            return Mono.just("lookup/form");
        }
        model.addAttribute("secret", secret);
        return services.publicIntake().get().uri("/api/v1/public/dossiers/{code}?secret={secret}", code, secret.trim())
                .header("X-Forwarded-For", citizen(request)).retrieve().bodyToMono(OBJECT)
                .map(found -> {
                    model.addAttribute("dossier", found);
                    return "lookup/dossier";
                })
                .onErrorResume(ServiceProblem.class, problem -> {
                    response.setStatusCode(problem.status() == 429 ? HttpStatus.TOO_MANY_REQUESTS
                            : problem.status() == 404 ? HttpStatus.NOT_FOUND : HttpStatus.BAD_GATEWAY);
                    if (problem.retryAfterSeconds() != null) {
                        response.getHeaders().set("Retry-After", String.valueOf(problem.retryAfterSeconds()));
                    }
                    answers.onPage(model, problem, locale);
                    return Mono.just("lookup/form");
                });
    }

    @GetMapping("/tra-cuu/{code}/ket-qua")
    Mono<Void> result(@PathVariable String code, @RequestParam String secret, ServerHttpRequest request, ServerHttpResponse response) {
        return Downloads.relay(services.publicIntake().get().uri("/api/v1/public/dossiers/{code}/result?secret={secret}", code, secret)
                .header("X-Forwarded-For", citizen(request)), response);
    }

    private static String citizen(ServerHttpRequest request) {
        return Optional.ofNullable(request.getRemoteAddress()).map(InetSocketAddress::getAddress).map(address -> address.getHostAddress())
                .orElse("unknown");
    }
}
