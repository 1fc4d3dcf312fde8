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

    /** Shows a problem on a full page (a page that could not load what it shows). */
    public void onPage(Model model, ServiceProblem problem, Locale locale) {
        model.addAttribute("problem", problems.show(problem, locale));
    }
}
