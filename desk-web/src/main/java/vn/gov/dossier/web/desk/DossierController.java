package vn.gov.dossier.web.desk;

import static vn.gov.dossier.web.support.Services.LIST;
import static vn.gov.dossier.web.support.Services.OBJECT;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.reactive.function.BodyInserters;
import org.springframework.web.reactive.result.view.Rendering;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import vn.gov.dossier.web.support.Answers;
import vn.gov.dossier.web.support.Downloads;
import vn.gov.dossier.web.support.Forms;
import vn.gov.dossier.web.support.ServiceProblem;
import vn.gov.dossier.web.support.Services;

/**
 * One dossier at any desk: where it is and its history, its papers, and what the desk can do next: take a supplement,
 * a withdrawal, hand the result over; print the receipt, download the signed result.
 */
@Controller
@RequestMapping("/desk/dossiers/{code}")
class DossierController {


    /** What a desk step reports when it is done (the page says so in words). */
    private static final java.util.Set<String> DONE = java.util.Set.of("supplement", "withdrawal", "handover");

    private final Services services;
    private final Answers answers;

    DossierController(Services services, Answers answers) {
        this.services = services;
        this.answers = answers;
    }

    @GetMapping
    Mono<String> dossier(@PathVariable String code, @RequestParam(required = false) String done,
                         @RequestParam(defaultValue = "false") boolean filed, Model model, Locale locale) {
        model.addAttribute("done", done == null || !DONE.contains(done) ? null : done);
        model.addAttribute("filed", filed);
        Mono<Map<String, Object>> dossier = services.intake().get().uri("/api/v1/dossiers/{code}", code).retrieve().bodyToMono(OBJECT);
        // Papers are open to the receiving desk and the authority only: another desk sees that they exist elsewhere.
        Mono<java.util.Optional<List<Map<String, Object>>>> papers = services.intake().get().uri("/api/v1/dossiers/{code}/papers", code)
                .retrieve().bodyToMono(LIST).map(java.util.Optional::of)
                .onErrorResume(ServiceProblem.class, notShown -> Mono.just(java.util.Optional.empty()));
        return Mono.zip(dossier, papers).map(found -> {
            model.addAttribute("dossier", found.getT1());
            model.addAttribute("papers", found.getT2().orElse(null));
            model.addAttribute("rows", List.of(0, 1));
            model.addAttribute("idempotencyKey", UUID.randomUUID().toString());
            return "desk/dossier";
        }).onErrorResume(ServiceProblem.class, problem -> answers.notFound(model, problem, locale, code, Answers.AT_THE_DESK));
    }

    @PostMapping(path = "/supplement", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    Mono<Rendering> supplement(@PathVariable String code, ServerWebExchange exchange, Locale locale) {
        return Forms.with(exchange, form -> services.intake().post()
                                .uri("/api/v1/dossiers/{code}/supplements", code)
                                .contentType(MediaType.MULTIPART_FORM_DATA)
                                .body(BodyInserters.fromMultipartData(form.multipart("supplement", form.json("idempotencyKey")).build()))
                                .retrieve().toBodilessEntity())
                .flatMap(done -> answers.redirect(exchange, "/desk/dossiers/" + code + "?done=supplement"))
                .onErrorResume(failure -> answers.problem(exchange, failure, locale));
    }

    @PostMapping("/withdrawal")
    Mono<Rendering> withdrawal(@PathVariable String code, ServerWebExchange exchange, Locale locale) {
        return exchange.getFormData().flatMap(form -> services.intake().post().uri("/api/v1/dossiers/{code}/withdrawal", code)
                        .bodyValue(Map.of("reason", form.getFirst("reason") == null ? "" : form.getFirst("reason"))).retrieve().toBodilessEntity())
                .flatMap(done -> answers.redirect(exchange, "/desk/dossiers/" + code + "?done=withdrawal"))
                .onErrorResume(failure -> answers.problem(exchange, failure, locale));
    }

    @PostMapping("/handover")
    Mono<Rendering> handover(@PathVariable String code, ServerWebExchange exchange, Locale locale) {
        return services.intake().post().uri("/api/v1/dossiers/{code}/handover", code).bodyValue(Map.of()).retrieve().toBodilessEntity()
                .flatMap(done -> answers.redirect(exchange, "/desk/dossiers/" + code + "?done=handover"))
                .onErrorResume(failure -> answers.problem(exchange, failure, locale));
    }

    @GetMapping("/receipt.pdf")
    Mono<Void> receipt(@PathVariable String code, ServerHttpResponse response) {
        return Downloads.relay(services.intake().get().uri("/api/v1/dossiers/{code}/receipt", code), response);
    }

    @GetMapping("/result.pdf")
    Mono<Void> result(@PathVariable String code, ServerHttpResponse response) {
        return Downloads.relay(services.intake().get().uri("/api/v1/dossiers/{code}/result", code), response);
    }

    @GetMapping("/papers/{id}")
    Mono<Void> paper(@PathVariable String code, @PathVariable UUID id, ServerHttpResponse response) {
        return Downloads.relay(services.intake().get().uri("/api/v1/dossiers/{code}/papers/{id}", code, id), response);
    }
}
