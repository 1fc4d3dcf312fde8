package vn.gov.dossier.web.citizen;

import static vn.gov.dossier.web.support.Services.LIST;
import static vn.gov.dossier.web.support.Services.OBJECT;

import java.util.Comparator;
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
 * The citizen's own pages ({@code /cong-dan}): their dossiers wherever they were filed, filing online with papers,
 * starting a dossier to finish at a desk (its code shown), and one dossier with its fee, payment, withdrawal and result.
 * What they may see and do is intake's answer to their own token.
 */
@Controller
@RequestMapping("/cong-dan")
class CitizenController {

    private final Services services;
    private final Answers answers;

    CitizenController(Services services, Answers answers) {
        this.services = services;
        this.answers = answers;
    }

    @GetMapping
    Mono<String> home(@RequestParam(required = false) String draft, Model model, Locale locale) {
        model.addAttribute("draft", draft);
        model.addAttribute("idempotencyKey", UUID.randomUUID().toString());
        model.addAttribute("rows", List.of(0, 1));
        Mono<List<Map<String, Object>>> dossiers = services.intake().get().uri("/api/v1/citizen/dossiers").retrieve().bodyToMono(LIST);
        Mono<List<Map<String, Object>>> drafts = services.intake().get().uri("/api/v1/citizen/drafts").retrieve().bodyToMono(LIST);
        Mono<List<Map<String, Object>>> procedures = services.routing().get().uri("/api/v1/procedures?size=200").retrieve().bodyToMono(OBJECT)
                .map(page -> {
                    @SuppressWarnings("unchecked")
                    List<Map<String, Object>> content = new java.util.ArrayList<>((List<Map<String, Object>>) page.getOrDefault("content", List.of()));
                    content.sort(Comparator.comparing(procedure -> String.valueOf(procedure.get("name"))));
                    return content;
                });
        return Mono.zip(dossiers, drafts, procedures).map(found -> {
            model.addAttribute("dossiers", found.getT1());
            model.addAttribute("drafts", found.getT2());
            model.addAttribute("procedures", found.getT3());
            return "citizen/home";
        }).onErrorResume(ServiceProblem.class, problem -> {
            answers.onPage(model, problem, locale);
            model.addAttribute("dossiers", List.of());
            model.addAttribute("drafts", List.of());
            model.addAttribute("procedures", List.of());
            return Mono.just("citizen/home");
        });
    }

    /** Files online: the applicant is the signed-in citizen (intake takes the number from their token). */
    @PostMapping(path = "/ho-so", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    Mono<Rendering> file(ServerWebExchange exchange, Locale locale) {
        return Forms.with(exchange, form -> services.intake().post().uri("/api/v1/citizen/dossiers")
                        .header("Idempotency-Key", form.field("idempotencyKey"))
                        .contentType(MediaType.MULTIPART_FORM_DATA)
                        .body(BodyInserters.fromMultipartData(form.multipart("dossier", form.json("idempotencyKey")).build()))
                        .retrieve().bodyToMono(OBJECT))
                .flatMap(filed -> answers.redirect(exchange, "/cong-dan/ho-so/" + filed.get("code") + "?filed=true"))
                .onErrorResume(failure -> answers.problem(exchange, failure, locale));
    }

    /** Starts a dossier to be finished at a desk: what was typed is kept, and its code is shown for the desk. */
    @PostMapping(path = "/khoi-tao", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    Mono<Rendering> start(ServerWebExchange exchange, Locale locale) {
        return Forms.with(exchange, form -> services.intake().post().uri("/api/v1/citizen/drafts")
                        .bodyValue(form.json("idempotencyKey")).retrieve().bodyToMono(OBJECT))
                .flatMap(started -> answers.redirect(exchange, "/cong-dan?draft=" + started.get("code")))
                .onErrorResume(failure -> answers.problem(exchange, failure, locale));
    }

    @GetMapping("/ho-so/{code}")
    Mono<String> dossier(@PathVariable String code, @RequestParam(defaultValue = "false") boolean filed,
                         @RequestParam(required = false) String done, Model model, Locale locale) {
        model.addAttribute("filed", filed);
        model.addAttribute("done", "withdrawal".equals(done) ? done : null);
        Mono<Map<String, Object>> dossier = services.intake().get().uri("/api/v1/citizen/dossiers/{code}", code).retrieve().bodyToMono(OBJECT);
        Mono<List<Map<String, Object>>> payments = services.intake().get().uri("/api/v1/citizen/dossiers/{code}/payments", code).retrieve()
                .bodyToMono(LIST);
        Mono<Map<String, Object>> own = services.intake().get().uri("/api/v1/citizen/dossiers").retrieve().bodyToMono(LIST)
                .map(all -> all.stream().filter(listed -> code.equals(listed.get("code"))).findFirst().orElse(Map.of()));
        return Mono.zip(dossier, payments, own).map(found -> {
            model.addAttribute("dossier", found.getT1());
            model.addAttribute("payments", found.getT2());
            model.addAttribute("own", found.getT3());
            model.addAttribute("paid", found.getT2().stream().anyMatch(payment -> "PAID".equals(payment.get("status"))));
            return "citizen/dossier";
        }).onErrorResume(ServiceProblem.class, problem -> answers.notFound(model, problem, locale, code, Answers.AMONG_OWN));
    }

    /** Opens a payment of the fee and sends the citizen to the payment platform's page. */
    @PostMapping("/ho-so/{code}/thanh-toan")
    Mono<Rendering> pay(@PathVariable String code, ServerWebExchange exchange, Locale locale) {
        return services.intake().post().uri("/api/v1/citizen/dossiers/{code}/payments", code).retrieve().bodyToMono(OBJECT)
                .flatMap(payment -> answers.redirect(exchange, String.valueOf(payment.get("checkoutUrl"))))
                .onErrorResume(failure -> answers.problem(exchange, failure, locale));
    }

    @PostMapping("/ho-so/{code}/rut")
    Mono<Rendering> withdraw(@PathVariable String code, ServerWebExchange exchange, Locale locale) {
        return exchange.getFormData().flatMap(form -> services.intake().post().uri("/api/v1/citizen/dossiers/{code}/withdrawal", code)
                        .bodyValue(Map.of("reason", form.getFirst("reason") == null ? "" : form.getFirst("reason"))).retrieve().toBodilessEntity())
                .flatMap(done -> answers.redirect(exchange, "/cong-dan/ho-so/" + code + "?done=withdrawal"))
                .onErrorResume(failure -> answers.problem(exchange, failure, locale));
    }

    @GetMapping("/ho-so/{code}/ket-qua.pdf")
    Mono<Void> result(@PathVariable String code, ServerHttpResponse response) {
        return Downloads.relay(services.intake().get().uri("/api/v1/citizen/dossiers/{code}/result", code), response);
    }
}
