package vn.gov.dossier.web.casework;

import static vn.gov.dossier.web.support.Services.OBJECT;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.core.io.FileSystemResource;
import org.springframework.http.MediaType;
import org.springframework.http.client.MultipartBodyBuilder;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.reactive.function.BodyInserters;
import org.springframework.web.reactive.result.view.Rendering;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import vn.gov.dossier.calendar.WorkingCalendar;
import vn.gov.dossier.web.support.Answers;
import vn.gov.dossier.web.support.Downloads;
import vn.gov.dossier.web.support.Forms;
import vn.gov.dossier.web.support.Officer;
import vn.gov.dossier.web.support.ServiceProblem;
import vn.gov.dossier.web.support.Services;

/**
 * The back office: the authority's queue, oldest due first, with its counts and filters; a case with the applicant's
 * file, papers and history; each action with its reason, confirmed first, and told plainly when someone acted first.
 */
@Controller
class CaseworkController {

    /** The states a case waits in at the authority, each counted on the queue page. */
    static final List<String> OPEN_STATES = List.of("ROUTED", "IN_PROCESSING", "AWAITING_SUPPLEMENT", "APPROVED", "REJECTED", "RESULT_READY");
    private static final int QUEUE_PAGE = 200;

    private final Services services;
    private final Answers answers;
    private final WorkingCalendar calendar;
    private final org.springframework.context.MessageSource messages;

    CaseworkController(Services services, Answers answers, WorkingCalendar calendar, org.springframework.context.MessageSource messages) {
        this.messages = messages;
        this.services = services;
        this.answers = answers;
        this.calendar = calendar;
    }

    /**
     * @param due {@code overdue}, or {@code soon}: due within one working day from now
     */
    @GetMapping("/cases")
    Mono<String> queue(@ModelAttribute("me") Officer me, @RequestParam(required = false) String status,
                       @RequestParam(required = false) String due, Model model, Locale locale) {
        String authority = me.unit();
        Mono<Map<String, Object>> page = services.processing().get().uri(uri -> {
            var builder = uri.path("/api/v1/authorities/{id}/cases").queryParam("size", QUEUE_PAGE);
            if (status != null && !status.isBlank()) {
                builder.queryParam("status", status);
            }
            if ("overdue".equals(due)) {
                builder.queryParam("overdue", true);
            }
            return builder.build(authority);
        }).retrieve().bodyToMono(OBJECT);
        Mono<Map<String, Long>> counts = Flux.fromIterable(OPEN_STATES)
                .concatMap(state -> count(authority, "status=" + state).map(n -> Map.entry(state, n)))
                .concatWith(count(authority, "overdue=true").map(n -> Map.entry("overdue", n)))
                .collectMap(Map.Entry::getKey, Map.Entry::getValue, LinkedHashMap::new);
        return Mono.zip(page, counts).map(found -> {
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> cases = (List<Map<String, Object>>) found.getT1().get("content");
            OffsetDateTime soon = calendar.plusWorkingMinutes(OffsetDateTime.now(ZoneOffset.ofHours(7)), 8 * 60);
            List<Map<String, Object>> shown = new ArrayList<>();
            for (Map<String, Object> one : cases) {
                boolean dueSoon = !Boolean.TRUE.equals(one.get("overdue")) && one.get("dueAt") != null
                        && !OffsetDateTime.parse(one.get("dueAt").toString()).isAfter(soon);
                Map<String, Object> row = new LinkedHashMap<>(one);
                row.put("dueSoon", dueSoon);
                if (!"soon".equals(due) || dueSoon) {
                    shown.add(row);
                }
            }
            model.addAttribute("cases", shown);
            model.addAttribute("total", found.getT1().get("totalElements"));
            model.addAttribute("counts", found.getT2());
            model.addAttribute("status", status);
            model.addAttribute("due", due);
            return "cases/queue";
        }).onErrorResume(ServiceProblem.class, problem -> {
            answers.onPage(model, problem, locale);
            model.addAttribute("cases", List.of());
            model.addAttribute("counts", Map.of());
            return Mono.just("cases/queue");
        });
    }

    private Mono<Long> count(String authority, String filter) {
        return services.processing().get().uri("/api/v1/authorities/{id}/cases?size=1&" + filter, authority).retrieve().bodyToMono(OBJECT)
                .map(page -> ((Number) page.get("totalElements")).longValue());
    }

    @GetMapping("/cases/{code}")
    Mono<String> caseOf(@PathVariable String code, @RequestParam(required = false) String done, Model model, Locale locale) {
        model.addAttribute("done", done == null ? null : messages.getMessage("case.step." + done, null, done, locale));
        return services.processing().get().uri("/api/v1/cases/{code}", code).retrieve().bodyToMono(OBJECT)
                .map(found -> {
                    model.addAttribute("kase", found);
                    model.addAttribute("suspended", Suspension.describe(suspendedMinutes(found), locale));
                    return "cases/case";
                })
                .onErrorResume(ServiceProblem.class, problem -> answers.notFound(model, problem, locale, code, Answers.IN_THE_QUEUE));
    }

    /**
     * The working time the clock stood still while the case waited for supplements: from each AWAITING_SUPPLEMENT entry
     * of the history to the entry after it (or now, while it still waits).
     */
    long suspendedMinutes(Map<String, Object> kase) {
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> history = (List<Map<String, Object>>) kase.getOrDefault("history", List.of());
        long minutes = 0;
        for (int i = 0; i < history.size(); i++) {
            if (!"AWAITING_SUPPLEMENT".equals(history.get(i).get("status"))) {
                continue;
            }
            OffsetDateTime from = OffsetDateTime.parse(history.get(i).get("at").toString());
            OffsetDateTime until = i + 1 < history.size() ? OffsetDateTime.parse(history.get(i + 1).get("at").toString())
                    : OffsetDateTime.now(ZoneOffset.ofHours(7));
            minutes += calendar.workingMinutesBetween(from, until);
        }
        return minutes;
    }

    @GetMapping("/cases/{code}/papers/{id}")
    Mono<Void> paper(@PathVariable String code, @PathVariable UUID id, ServerHttpResponse response) {
        return Downloads.relay(services.processing().get().uri("/api/v1/cases/{code}/papers/{id}", code, id), response);
    }

    /** accept, supplement-request, result-ready, extension: each with what its form gave. */
    @PostMapping("/cases/{code}/{action:accept|supplement-request|result-ready|extension}")
    Mono<Rendering> act(@PathVariable String code, @PathVariable String action, ServerWebExchange exchange, Locale locale) {
        return exchange.getFormData().flatMap(form -> services.processing().post().uri("/api/v1/cases/{code}/{action}", code, action)
                        .bodyValue(body(action, form)).retrieve().toBodilessEntity())
                .flatMap(done -> answers.redirect(exchange, "/cases/" + code + "?done=" + action))
                .onErrorResume(failure -> answers.problem(exchange, failure, locale));
    }

    private static Map<String, Object> body(String action, MultiValueMap<String, String> form) {
        Map<String, Object> body = new LinkedHashMap<>();
        String reason = form.getFirst("reason");
        if (reason != null && !reason.isBlank()) {
            body.put("reason", reason.trim());
        }
        String newDueAt = form.getFirst("newDueAt");
        if ("extension".equals(action) && newDueAt != null && !newDueAt.isBlank()) {
            // datetime-local gives a time without offset: the authority's clock is Vietnam's.
            body.put("newDueAt", newDueAt.length() == 16 ? newDueAt + ":00+07:00" : newDueAt);
        }
        return body;
    }

    /** The decision, with the result document to be signed in the authority's name when one is attached. */
    @PostMapping(path = "/cases/{code}/decision", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    Mono<Rendering> decide(@PathVariable String code, ServerWebExchange exchange, Locale locale) {
        return Forms.with(exchange, form -> {
                    Map<String, Object> decision = new LinkedHashMap<>();
                    if (form.field("outcome") != null) {
                        decision.put("outcome", form.field("outcome"));
                    }
                    if (form.field("reason") != null) {
                        decision.put("reason", form.field("reason"));
                    }
                    if (form.papers().isEmpty()) {
                        return services.processing().post().uri("/api/v1/cases/{code}/decision", code).bodyValue(decision)
                                .retrieve().toBodilessEntity();
                    }
                    Forms.Paper result = form.papers().get(0);
                    MultipartBodyBuilder body = new MultipartBodyBuilder();
                    body.part("decision", decision, MediaType.APPLICATION_JSON);
                    body.part("result", new FileSystemResource(result.path())).filename(result.filename()).contentType(MediaType.APPLICATION_PDF);
                    return services.processing().post().uri("/api/v1/cases/{code}/decision", code).contentType(MediaType.MULTIPART_FORM_DATA)
                            .body(BodyInserters.fromMultipartData(body.build())).retrieve().toBodilessEntity();
                })
                .flatMap(done -> answers.redirect(exchange, "/cases/" + code + "?done=decision"))
                .onErrorResume(failure -> answers.problem(exchange, failure, locale));
    }
}
