package vn.gov.dossier.web.operations;

import static vn.gov.dossier.web.support.Services.LIST;
import static vn.gov.dossier.web.support.Services.OBJECT;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.server.reactive.ServerHttpResponse;
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
import vn.gov.dossier.web.WebProperties;
import vn.gov.dossier.web.support.Answers;
import vn.gov.dossier.web.support.Downloads;
import vn.gov.dossier.web.support.Officer;
import vn.gov.dossier.web.support.ServiceProblem;
import vn.gov.dossier.web.support.Services;

/**
 * Operations: the indicators of a scope and period with charts against the rating thresholds, the commune ratings of
 * a province, the CSV; dossiers stuck between services, re-driven; notices that failed, resent.
 */
@Controller
@RequestMapping("/operations")
class OperationsController {


    private final Services services;
    private final Answers answers;
    private final WebProperties.RatingThresholds thresholds;
    private final org.springframework.context.MessageSource messages;
    private final vn.gov.dossier.web.support.Formats formats;

    OperationsController(Services services, Answers answers, WebProperties properties, org.springframework.context.MessageSource messages,
                         vn.gov.dossier.web.support.Formats formats) {
        this.services = services;
        this.formats = formats;
        this.messages = messages;
        this.answers = answers;
        this.thresholds = properties.ratingThresholds();
    }

    /** The officer's own scope unless another is asked: the nation, or their province. */
    static String ownScope(Officer me) {
        return me.unit() == null || "national".equals(me.unit()) ? "national" : "province:" + me.unit();
    }

    @GetMapping
    Mono<String> indicators(@ModelAttribute("me") Officer me, @RequestParam(required = false) String scope,
                            @RequestParam(required = false) LocalDate from, @RequestParam(required = false) LocalDate to,
                            Model model, Locale locale) {
        String asked = scope == null || scope.isBlank() ? ownScope(me) : scope.trim();
        LocalDate today = LocalDate.now(ZoneOffset.ofHours(7));
        LocalDate start = from == null ? today.withDayOfMonth(1) : from;
        LocalDate end = to == null ? today : to;
        model.addAttribute("scope", asked);
        model.addAttribute("from", start);
        model.addAttribute("to", end);
        model.addAttribute("thresholds", thresholds);
        Mono<String> page = services.reporting().get().uri(uri -> uri.path("/api/v1/indicators").queryParam("scope", asked).queryParam("from", start)
                        .queryParam("to", end).build()).retrieve().bodyToMono(OBJECT)
                .map(indicators -> {
                    model.addAttribute("indicators", indicators);
                    chartData(indicators, model, locale);
                    return "operations/indicators";
                })
                .onErrorResume(ServiceProblem.class, problem -> {
                    answers.onPage(model, problem, locale);
                    return Mono.just("operations/indicators");
                });
        return scopes(me, asked, locale).doOnNext(choices -> model.addAttribute("scopes", choices)).then(page);
    }

    /** One scope an operator may choose, by its name. */
    public record ScopeChoice(String value, String label) {
    }

    /**
     * The scopes the operator may see, by name: national operations the nation and each province; a province's its
     * province and each of its communes. The scope asked for stays among them (an authority's, typed into the address).
     */
    private Mono<List<ScopeChoice>> scopes(Officer me, String asked, Locale locale) {
        boolean national = "national".equals(ownScope(me));
        Mono<List<ScopeChoice>> choices = national
                ? services.routing().get().uri("/api/v1/units/provinces").retrieve().bodyToMono(LIST).map(provinces -> {
                    List<ScopeChoice> all = new java.util.ArrayList<>();
                    all.add(new ScopeChoice("national", messages.getMessage("ops.scope.national", null, locale)));
                    provinces.forEach(province -> all.add(new ScopeChoice("province:" + province.get("code"), String.valueOf(province.get("name")))));
                    return all;
                })
                : services.routing().get().uri("/api/v1/units?province={province}", me.unit()).retrieve().bodyToMono(LIST).map(communes -> {
                    List<ScopeChoice> all = new java.util.ArrayList<>();
                    String province = communes.isEmpty() ? me.unit() : String.valueOf(communes.get(0).get("provinceName"));
                    all.add(new ScopeChoice("province:" + me.unit(), province));
                    communes.forEach(commune -> all.add(new ScopeChoice("commune:" + commune.get("code"), "— " + commune.get("fullName"))));
                    return all;
                });
        return choices.onErrorResume(failure -> Mono.just(List.of(new ScopeChoice(ownScope(me), ownScope(me)))))
                .map(list -> list.stream().anyMatch(choice -> choice.value().equals(asked)) ? list
                        : java.util.stream.Stream.concat(list.stream(), java.util.stream.Stream.of(new ScopeChoice(asked, asked))).toList());
    }

    /** Received by channel, and the two rates coloured by where they fall against the rating thresholds. */
    private void chartData(Map<String, Object> indicators, Model model, Locale locale) {
        @SuppressWarnings("unchecked")
        Map<String, Object> byChannel = (Map<String, Object>) indicators.getOrDefault("receivedByChannel", Map.of());
        List<String> channels = List.of("DESK", "ONLINE", "POSTAL", "HOME_VISIT");
        model.addAttribute("channelLabels", formats.jsonArray(channels.stream()
                .map(channel -> messages.getMessage("channel." + channel, null, channel, locale)).toList()));
        model.addAttribute("channelValues", formats.jsonArray(channels.stream().map(channel -> byChannel.getOrDefault(channel, 0)).toList()));
        Double onTime = rate(indicators.get("onTimeRate"));
        Double online = rate(indicators.get("onlineRate"));
        model.addAttribute("rateLabels", formats.jsonArray(List.of(messages.getMessage("ops.onTimeRate", null, locale),
                messages.getMessage("ops.onlineRate", null, locale))));
        model.addAttribute("rateValues", formats.jsonArray(java.util.Arrays.asList(onTime == null ? null : Math.round(onTime * 1000) / 10.0,
                online == null ? null : Math.round(online * 1000) / 10.0)));
        model.addAttribute("rateColours", formats.jsonArray(List.of(colour(onTime, thresholds.onTimeGreen(), thresholds.onTimeYellow()),
                colour(online, thresholds.onlineGreen(), thresholds.onlineYellow()))));
    }

    private static Double rate(Object value) {
        return value instanceof Number number ? number.doubleValue() : null;
    }

    private static String colour(Double rate, double green, double yellow) {
        if (rate == null || rate >= green) {
            return "#1d6b34";
        }
        return rate >= yellow ? "#b7791f" : "#a3191d";
    }

    @GetMapping("/indicators.csv")
    Mono<Void> csv(@RequestParam String scope, @RequestParam LocalDate from, @RequestParam LocalDate to, ServerHttpResponse response) {
        return Downloads.relay(services.reporting().get().uri(uri -> uri.path("/api/v1/indicators.csv").queryParam("scope", scope)
                .queryParam("from", from).queryParam("to", to).build()), response);
    }

    @GetMapping("/ratings")
    Mono<String> ratings(@ModelAttribute("me") Officer me, @RequestParam(required = false) String province, Model model, Locale locale) {
        String asked = province == null || province.isBlank() ? ("national".equals(me.unit()) ? "01" : me.unit()) : province.trim();
        model.addAttribute("province", asked);
        model.addAttribute("thresholds", thresholds);
        // Every commune, the inactive ones listed last (reporting's default): "x of N green" counts them all.
        return services.reporting().get().uri("/api/v1/ratings?province={province}", asked).retrieve().bodyToMono(LIST)
                .map(ratings -> {
                    model.addAttribute("ratings", ratings);
                    model.addAttribute("green", ratings.stream().filter(rating -> "GREEN".equals(rating.get("rating"))).count());
                    model.addAttribute("inactive", ratings.stream().filter(rating -> "INACTIVE".equals(rating.get("rating"))).count());
                    return "operations/ratings";
                })
                .onErrorResume(ServiceProblem.class, problem -> {
                    answers.onPage(model, problem, locale);
                    model.addAttribute("ratings", List.of());
                    model.addAttribute("inactive", 0);
                    return Mono.just("operations/ratings");
                });
    }

    @GetMapping("/stuck")
    Mono<String> stuck(@RequestParam(required = false) String redriven, Model model, Locale locale) {
        model.addAttribute("redriven", redriven);
        return services.reporting().get().uri("/api/v1/reconciliation").retrieve().bodyToMono(LIST)
                .map(stuck -> {
                    model.addAttribute("stuck", stuck);
                    return "operations/stuck";
                })
                .onErrorResume(ServiceProblem.class, problem -> {
                    answers.onPage(model, problem, locale);
                    model.addAttribute("stuck", List.of());
                    return Mono.just("operations/stuck");
                });
    }

    /** Has one service publish a dossier's events again (its consumers ignore what they already applied). */
    @PostMapping("/stuck/{service}/{code}")
    Mono<Rendering> redrive(@PathVariable String service, @PathVariable String code, ServerWebExchange exchange, Locale locale) {
        var client = services.byName(service);
        if (client == null) {
            return answers.problem(exchange, new ServiceProblem(404, "Not Found", "No service " + service, List.of(), null), locale);
        }
        return client.post().uri("/api/v1/redrive/{code}", code).retrieve().toBodilessEntity()
                .flatMap(done -> answers.redirect(exchange, "/operations/stuck?redriven=" + code))
                .onErrorResume(failure -> answers.problem(exchange, failure, locale));
    }

    @GetMapping("/notices")
    Mono<String> notices(@RequestParam(required = false) Long resent, Model model, Locale locale) {
        model.addAttribute("resent", resent);
        return services.notification().get().uri("/api/v1/notifications?status=FAILED").retrieve().bodyToMono(LIST)
                .map(failed -> {
                    model.addAttribute("notices", failed);
                    return "operations/notices";
                })
                .onErrorResume(ServiceProblem.class, problem -> {
                    answers.onPage(model, problem, locale);
                    model.addAttribute("notices", List.of());
                    return Mono.just("operations/notices");
                });
    }

    @PostMapping("/notices/{id}/resend")
    Mono<Rendering> resend(@PathVariable long id, ServerWebExchange exchange, Locale locale) {
        return services.notification().post().uri("/api/v1/notifications/{id}/resend", id).retrieve().toBodilessEntity()
                .flatMap(done -> answers.redirect(exchange, "/operations/notices?resent=" + id))
                .onErrorResume(failure -> answers.problem(exchange, failure, locale));
    }
}
