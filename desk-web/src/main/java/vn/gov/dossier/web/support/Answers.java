package vn.gov.dossier.web.support;

import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.reactive.result.view.Rendering;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * How the pages answer an htmx form: on success the browser goes to the next page ({@code HX-Redirect}); on a service's
 * problem the form stays as the clerk filled it and the problem is shown, each message beside its field.
 */
@Component
public class Answers {

    private final Problems problems;

    Answers(Problems problems) {
        this.problems = problems;
    }

    public Mono<Rendering> redirect(ServerWebExchange exchange, String to) {
        exchange.getResponse().getHeaders().add("HX-Redirect", to);
        exchange.getResponse().setStatusCode(HttpStatus.OK);
        return Mono.just(Rendering.view("fragments :: empty").build());
    }

    /** The problem fragment with the service's status (the page is set to swap 4xx answers in). */
    public Mono<Rendering> problem(ServerWebExchange exchange, Throwable failure, Locale locale) {
        if (!(failure instanceof ServiceProblem problem)) {
            return Mono.error(failure);
        }
        exchange.getResponse().setStatusCode(HttpStatusCode.valueOf(problem.status() >= 500 ? 502 : problem.status()));
        return Mono.just(Rendering.view("fragments :: problem").modelAttribute("problem", problems.show(problem, locale)).build());
    }

    /**
     * What a page says when the dossier or case it shows is not there (or not the signed-in user's to see): its title, a
     * message key taking the code, and the way back from it.
     */
    public record Missing(String title, String back, String backLabel) {
    }

    /** A dossier a desk looked for. */
    public static final Missing AT_THE_DESK = new Missing("dossier.notFound", "/desk", "desk.find");
    /** A case not in the authority's queue. */
    public static final Missing IN_THE_QUEUE = new Missing("case.notFound", "/cases", "cases.title");
    /** A dossier a citizen looked for among their own. */
    public static final Missing AMONG_OWN = new Missing("dossier.notFound", "/cong-dan", "citizen.title");

    /** The not-found page for {@code code}, with the service's problem. */
    public Mono<String> notFound(Model model, ServiceProblem problem, Locale locale, String code, Missing missing) {
        onPage(model, problem, locale);
        model.addAttribute("code", code);
        model.addAttribute("missing", missing);
        return Mono.just("not-found");
    }

    /** Shows a problem on a full page (a page that could not load what it shows). */
    public void onPage(Model model, ServiceProblem problem, Locale locale) {
        model.addAttribute("problem", problems.show(problem, locale));
    }
}
