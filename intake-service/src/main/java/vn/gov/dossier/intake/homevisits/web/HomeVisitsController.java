package vn.gov.dossier.intake.homevisits.web;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import vn.gov.dossier.intake.homevisits.HomeVisit;
import vn.gov.dossier.intake.homevisits.VisitingAtHome;
import vn.gov.dossier.platform.application.Officer;
import vn.gov.dossier.platform.web.ApiException;
import vn.gov.dossier.platform.web.FieldError;
import vn.gov.dossier.platform.web.Params;

/**
 * Home visits, for the clerks of the applicant's commune:
 * {@code POST /api/v1/home-visits} requests one (201); {@code GET /api/v1/home-visits?status=} lists the commune's;
 * {@code GET /api/v1/home-visits/{id}}; {@code POST /api/v1/home-visits/{id}/schedule} {@code {"day", "shift",
 * "assignedTo"}} schedules and assigns it (409 once filed). The dossier is filed on the spot with {@code POST
 * /api/v1/dossiers} naming {@code homeVisitId}. Another commune's visit answers 404.
 */
@RestController
@RequestMapping("/api/v1/home-visits")
class HomeVisitsController {

    private static final List<String> STATUSES = List.of(HomeVisit.REQUESTED, HomeVisit.SCHEDULED, HomeVisit.FILED, "CANCELLED");

    private final VisitingAtHome visiting;

    HomeVisitsController(VisitingAtHome visiting) {
        this.visiting = visiting;
    }

    /** A clerk records a request for a home visit (an elderly or disabled applicant, at their address). */
    @PostMapping
    Mono<ResponseEntity<HomeVisit>> request(@RequestBody VisitingAtHome.Request request, @AuthenticationPrincipal Officer clerk) {
        return visiting.request(request, clerk)
                .map(visit -> ResponseEntity.status(HttpStatus.CREATED).location(URI.create("/api/v1/home-visits/" + visit.id())).body(visit))
                .onErrorMap(VisitingAtHome.InvalidVisit.class, HomeVisitsController::invalid);
    }

    /** The home visits of the clerk's commune, by status. */
    @GetMapping
    Flux<HomeVisit> list(@RequestParam(required = false) String status, @AuthenticationPrincipal Officer clerk) {
        if (status != null && !STATUSES.contains(status)) {
            throw Params.invalid("status", "must be one of " + STATUSES);
        }
        return visiting.ofCommune(clerk.unit(), status);
    }

    /** One home visit of the clerk's commune. */
    @GetMapping("/{id}")
    Mono<HomeVisit> visit(@PathVariable String id, @AuthenticationPrincipal Officer clerk) {
        UUID visitId = Params.uuid("id", id);
        return visiting.visit(visitId, clerk).switchIfEmpty(Mono.error(() -> notFound(id)));
    }

    /** Schedules a home visit and assigns the officer who goes. */
    @PostMapping("/{id}/schedule")
    Mono<HomeVisit> schedule(@PathVariable String id, @RequestBody VisitingAtHome.Schedule schedule, @AuthenticationPrincipal Officer clerk) {
        UUID visitId = Params.uuid("id", id);
        return visiting.schedule(visitId, schedule, clerk)
                .switchIfEmpty(Mono.error(() -> notFound(id)))
                .onErrorMap(VisitingAtHome.InvalidVisit.class, HomeVisitsController::invalid)
                .onErrorMap(IllegalStateException.class, filed -> ApiException.conflict(filed.getMessage(), Map.of()));
    }

    private static ApiException notFound(String id) {
        return ApiException.notFound("Your commune has no home visit " + id + ".");
    }

    private static ApiException invalid(VisitingAtHome.InvalidVisit invalid) {
        return ApiException.invalid(invalid.violations().stream().map(violation -> new FieldError(violation.field(), violation.message())).toList());
    }
}
