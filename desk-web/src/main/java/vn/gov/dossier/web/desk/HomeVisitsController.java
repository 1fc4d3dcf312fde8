package vn.gov.dossier.web.desk;

import static vn.gov.dossier.web.support.Services.LIST;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.reactive.result.view.Rendering;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import vn.gov.dossier.web.support.Answers;
import vn.gov.dossier.web.support.ServiceProblem;
import vn.gov.dossier.web.support.Services;

/**
 * The commune's home visits for the elderly and disabled: requested, scheduled and assigned here; on the spot the
 * officer opens the filing page from the visit on a tablet ({@code /desk/new?homeVisitId=…}) and files it there.
 */
@Controller
@RequestMapping("/desk/home-visits")
class HomeVisitsController {

    private final Services services;
    private final Answers answers;

    HomeVisitsController(Services services, Answers answers) {
        this.services = services;
        this.answers = answers;
    }

    @GetMapping
    Mono<String> visits(@RequestParam(required = false) String done, Model model, Locale locale) {
        model.addAttribute("done", "requested".equals(done) || "scheduled".equals(done) ? done : null);
        model.addAttribute("reasons", List.of("ELDERLY", "DISABLED", "ILL", "OTHER"));
        return services.intake().get().uri("/api/v1/home-visits").retrieve().bodyToMono(LIST)
                .map(visits -> {
                    model.addAttribute("visits", visits);
                    return "desk/home-visits";
                })
                .onErrorResume(ServiceProblem.class, problem -> {
                    answers.onPage(model, problem, locale);
                    model.addAttribute("visits", List.of());
                    return Mono.just("desk/home-visits");
                });
    }

    @PostMapping
    Mono<Rendering> request(ServerWebExchange exchange, Locale locale) {
        return exchange.getFormData().flatMap(form -> {
                    Map<String, Object> visit = new LinkedHashMap<>();
                    for (String field : List.of("applicantName", "phone", "street", "reason", "procedureCode", "note")) {
                        String value = form.getFirst(field);
                        if (value != null && !value.isBlank()) {
                            visit.put(field, value.trim());
                        }
                    }
                    return services.intake().post().uri("/api/v1/home-visits").bodyValue(visit).retrieve().toBodilessEntity();
                })
                .flatMap(done -> answers.redirect(exchange, "/desk/home-visits?done=requested"))
                .onErrorResume(failure -> answers.problem(exchange, failure, locale));
    }

    @PostMapping("/{id}/schedule")
    Mono<Rendering> schedule(@PathVariable String id, ServerWebExchange exchange, Locale locale) {
        return exchange.getFormData().flatMap(form -> {
                    Map<String, Object> schedule = new LinkedHashMap<>();
                    for (String field : List.of("day", "shift", "assignedTo")) {
                        String value = form.getFirst(field);
                        if (value != null && !value.isBlank()) {
                            schedule.put(field, value.trim());
                        }
                    }
                    return services.intake().post().uri("/api/v1/home-visits/{id}/schedule", id).bodyValue(schedule).retrieve().toBodilessEntity();
                })
                .flatMap(done -> answers.redirect(exchange, "/desk/home-visits?done=scheduled"))
                .onErrorResume(failure -> answers.problem(exchange, failure, locale));
    }
}
