package vn.gov.dossier.web.desk;

import static vn.gov.dossier.web.support.Services.LIST;
import static vn.gov.dossier.web.support.Services.OBJECT;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.reactive.function.BodyInserters;
import org.springframework.web.reactive.result.view.Rendering;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import vn.gov.dossier.web.support.Answers;
import vn.gov.dossier.web.support.Forms;
import vn.gov.dossier.web.support.ServiceProblem;
import vn.gov.dossier.web.support.Services;

/**
 * Filing at the desk on one page: the procedure found by name or code (tone marks optional), its time and fee; the
 * applicant, whose residence is found by commune name or taken from an old identity-card address (a split former
 * commune asks the clerk to choose); the delivery of the result; the papers; the appointment date as it would be
 * printed, kept current while the form is filled. Submitting twice files once (an Idempotency-Key per form).
 */
@Controller
@RequestMapping("/desk")
class DeskController {

    private static final int PAPER_ROWS = 3;

    private final Services services;
    private final Answers answers;

    DeskController(Services services, Answers answers) {
        this.services = services;
        this.answers = answers;
    }

    @GetMapping
    Rendering home(@RequestParam(required = false) String code) {
        if (code != null && !code.isBlank()) {
            // What was typed goes into the address encoded: a space or a slash in it must not change the path.
            return Rendering.redirectTo(org.springframework.web.util.UriComponentsBuilder.fromPath("/desk/dossiers/{code}").encode()
                    .buildAndExpand(code.trim().toUpperCase(Locale.ROOT)).toUriString()).build();
        }
        return Rendering.view("desk/home").build();
    }

    /** The filing page; opened from a home visit ({@code homeVisitId}), it files on that visit, at its address. */
    @GetMapping("/new")
    Mono<Rendering> newDossier(@RequestParam(required = false) UUID homeVisitId) {
        Mono<java.util.Optional<Map<String, Object>>> visit = homeVisitId == null ? Mono.just(java.util.Optional.empty())
                : services.intake().get().uri("/api/v1/home-visits/{id}", homeVisitId).retrieve().bodyToMono(OBJECT).map(java.util.Optional::of)
                        .onErrorResume(ServiceProblem.class, notOurs -> Mono.just(java.util.Optional.empty()));
        return visit.map(found -> Rendering.view("desk/new").modelAttribute("idempotencyKey", UUID.randomUUID().toString())
                .modelAttribute("rows", java.util.stream.IntStream.range(0, PAPER_ROWS).boxed().toList())
                .modelAttribute("visit", found.orElse(null)).build());
    }

    @GetMapping("/procedures")
    Mono<Rendering> procedures(@RequestParam(name = "_procedure", defaultValue = "") String q) {
        if (q.isBlank()) {
            return Mono.just(Rendering.view("desk/fragments :: procedures").modelAttribute("procedures", List.of()).build());
        }
        return services.routing().get().uri(uri -> uri.path("/api/v1/procedures").queryParam("q", q).queryParam("size", 12).build())
                .retrieve().bodyToMono(OBJECT)
                .map(page -> Rendering.view("desk/fragments :: procedures").modelAttribute("procedures", page.get("content"))
                        .modelAttribute("q", q).build());
    }

    /** The chosen procedure: what the desk tells the citizen (time, fee), and the subject location when it decides the authority. */
    @GetMapping("/procedure")
    Mono<Rendering> procedure(@RequestParam String code) {
        // The fragment also replaces the appointment box: this procedure's date now, asked again every minute.
        return services.routing().get().uri("/api/v1/procedures/{code}", code).retrieve().bodyToMono(OBJECT)
                .zipWith(preview(code))
                .map(found -> Rendering.view("desk/fragments :: procedure-chosen").modelAttribute("procedure", found.getT1())
                        .modelAttribute("preview", found.getT2()).build());
    }

    /** Communes of today's map and former ones (as old identity cards print them) matching what the clerk typed. */
    @GetMapping("/places")
    Mono<Rendering> places(@RequestParam String field, @RequestParam org.springframework.util.MultiValueMap<String, String> params) {
        // The search box of each address is named after its field ("_q-applicant.residenceUnitCode"), so that the form's
        // JSON leaves it out and one page can hold several.
        String q = java.util.Optional.ofNullable(params.getFirst("_q-" + field)).orElse("");
        if (q.trim().length() < 2) {
            return Mono.just(Rendering.view("desk/fragments :: places").modelAttribute("current", List.of())
                    .modelAttribute("former", List.of()).modelAttribute("field", field).build());
        }
        Mono<List<Map<String, Object>>> current = services.routing().get()
                .uri(uri -> uri.path("/api/v1/units").queryParam("q", q).queryParam("size", 8).build()).retrieve().bodyToMono(LIST);
        Mono<List<Map<String, Object>>> former = services.routing().get()
                .uri(uri -> uri.path("/api/v1/units/former").queryParam("q", q).queryParam("size", 8).build()).retrieve().bodyToMono(LIST);
        return Mono.zip(current, former).map(found -> Rendering.view("desk/fragments :: places").modelAttribute("current", found.getT1())
                .modelAttribute("former", found.getT2()).modelAttribute("field", field).build());
    }

    /** A place chosen: today's commune as it is, or a former one resolved (a split one lists its candidates to choose from). */
    @GetMapping("/place")
    Mono<Rendering> place(@RequestParam String field, @RequestParam(required = false) String code,
                          @RequestParam(required = false) String former) {
        Mono<Map<String, Object>> resolved = former != null
                ? services.routing().get().uri("/api/v1/units/former/{code}", former).retrieve().bodyToMono(OBJECT)
                : services.routing().get().uri("/api/v1/units/{code}", code).retrieve().bodyToMono(OBJECT)
                        .map(unit -> Map.of("ambiguous", false, "candidates", List.of(unit)));
        return resolved.map(place -> Rendering.view("desk/fragments :: place-chosen").modelAttribute("field", field)
                .modelAttribute("place", place).build());
    }

    @GetMapping("/appointment")
    Mono<Rendering> appointment(@RequestParam(required = false) String procedureCode) {
        if (procedureCode == null || procedureCode.isBlank()) {
            return Mono.just(Rendering.view("desk/fragments :: appointment").build());
        }
        return preview(procedureCode).map(preview -> Rendering.view("desk/fragments :: appointment").modelAttribute("preview", preview).build());
    }

    /** What the receipt would promise if the dossier were received now. */
    private Mono<Map<String, Object>> preview(String procedureCode) {
        return services.intake().get().uri(uri -> uri.path("/api/v1/appointment-preview").queryParam("procedureCode", procedureCode).build())
                .retrieve().bodyToMono(OBJECT);
    }

    @GetMapping("/paper-row")
    Rendering paperRow(@RequestParam int index) {
        return Rendering.view("desk/fragments :: paper-row-added").modelAttribute("i", Math.max(0, Math.min(index, 19))).build();
    }

    /** The form as intake's dossier; an applicant left empty is still sent, so that each missing detail is named. */
    private static Map<String, Object> dossier(Forms.Submitted form) {
        Map<String, Object> dossier = form.json("idempotencyKey");
        dossier.putIfAbsent("applicant", new java.util.LinkedHashMap<String, Object>());
        return dossier;
    }

    /** Files the dossier at the clerk's own desk (the token says which); the receipt page follows. */
    @PostMapping(path = "/dossiers", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    Mono<Rendering> file(ServerWebExchange exchange, Locale locale) {
        return Forms.with(exchange, form -> services.intake().post().uri("/api/v1/dossiers")
                                .header("Idempotency-Key", form.field("idempotencyKey"))
                                .contentType(MediaType.MULTIPART_FORM_DATA)
                                .body(BodyInserters.fromMultipartData(form.multipart("dossier", dossier(form)).build()))
                                .retrieve().bodyToMono(OBJECT))
                .flatMap(filed -> answers.redirect(exchange, "/desk/dossiers/" + filed.get("code") + "?filed=true"))
                .onErrorResume(failure -> answers.problem(exchange, failure, locale));
    }
}
