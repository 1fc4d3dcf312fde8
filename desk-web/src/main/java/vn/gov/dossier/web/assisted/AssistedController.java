package vn.gov.dossier.web.assisted;

import static vn.gov.dossier.web.support.Services.OBJECT;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.reactive.result.view.Rendering;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import vn.gov.dossier.web.support.Answers;
import vn.gov.dossier.web.support.Officer;
import vn.gov.dossier.web.support.ServiceProblem;
import vn.gov.dossier.web.support.Services;

/**
 * {@code /ho-tro}: a clerk or a support team member opens the dossier a citizen started online by the code the citizen
 * shows, and files it with them at their commune, saying what they were doing and in which shift.
 */
@Controller
@RequestMapping("/ho-tro")
class AssistedController {

    /** What each kind of helper may say they were doing (intake refuses the rest for a support team). */
    private static final List<String> CLERK_HELPS = List.of("CLERK", "RAPID_RESPONSE_TEAM", "DIGITAL_TEAM");
    private static final List<String> SUPPORT_HELPS = List.of("RAPID_RESPONSE_TEAM", "YOUTH_VOLUNTEER", "DIGITAL_TEAM");

    private final Services services;
    private final Answers answers;

    AssistedController(Services services, Answers answers) {
        this.services = services;
        this.answers = answers;
    }

    @GetMapping
    Mono<String> open(@ModelAttribute("me") Officer me, @RequestParam(required = false) String code, @RequestParam(required = false) String filed,
                      Model model, Locale locale) {
        model.addAttribute("helps", me.is("CLERK") ? CLERK_HELPS : SUPPORT_HELPS);
        model.addAttribute("filed", filed);
        String asked = code == null ? null : code.trim().toUpperCase(Locale.ROOT);
        model.addAttribute("code", asked);
        if (asked == null || asked.isEmpty()) {
            return Mono.just("assisted/page");
        }
        return services.intake().get().uri("/api/v1/drafts/{code}", asked).retrieve().bodyToMono(OBJECT)
                .map(draft -> {
                    model.addAttribute("draft", draft);
                    return "assisted/page";
                })
                .onErrorResume(ServiceProblem.class, problem -> {
                    answers.onPage(model, problem, locale);
                    return Mono.just("assisted/page");
                });
    }

    @PostMapping("/{code}")
    Mono<Rendering> file(@PathVariable String code, ServerWebExchange exchange, Locale locale) {
        return exchange.getFormData().flatMap(form -> {
                    Map<String, Object> assistance = new LinkedHashMap<>();
                    assistance.put("helperRole", form.getFirst("helperRole"));
                    String shift = form.getFirst("shift");
                    if (shift != null && !shift.isBlank()) {
                        assistance.put("shift", shift);
                    }
                    // What was completed with the citizen: a residence they left out, a phone to reach them.
                    Map<String, Object> applicant = new LinkedHashMap<>();
                    for (String field : List.of("residenceUnitCode", "phone")) {
                        String value = form.getFirst("applicant." + field);
                        if (value != null && !value.isBlank()) {
                            applicant.put(field, value.trim());
                        }
                    }
                    return services.intake().post().uri("/api/v1/drafts/{code}/submission", code)
                            .bodyValue(Map.of("assistance", assistance, "completion", Map.of("applicant", applicant)))
                            .retrieve().bodyToMono(OBJECT);
                })
                .flatMap(filed -> answers.redirect(exchange, "/ho-tro?filed=" + filed.get("code")))
                .onErrorResume(failure -> answers.problem(exchange, failure, locale));
    }
}
