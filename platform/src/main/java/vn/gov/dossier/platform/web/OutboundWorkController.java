package vn.gov.dossier.platform.web;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import vn.gov.dossier.platform.application.Officer;
import vn.gov.dossier.platform.application.Role;
import vn.gov.dossier.platform.outbound.OutboundProperties;
import vn.gov.dossier.platform.outbound.OutboundWork;
import vn.gov.dossier.platform.outbound.WorkHandler;
import vn.gov.dossier.platform.outbound.WorkPolicy;

/**
 * The outbound work of this service, for operations, in the same shape for every kind: {@code GET
 * /api/v1/outbound-work/kinds} lists the kinds with their policy and queue; {@code GET /api/v1/outbound-work?state=
 * FAILED|STUCK|PENDING|DONE&kind=&dossierCode=} lists items, newest change first; {@code POST
 * /api/v1/outbound-work/{id}/redrive} tries a FAILED or stuck item again now, with a fresh count of attempts (202).
 * An operator sees and re-drives their own province's items; the national operator and the administrator every one.
 */
@RestController
@RequestMapping("/api/v1/outbound-work")
public class OutboundWorkController {

    private final OutboundWork work;
    private final Map<String, WorkPolicy> policies;

    public OutboundWorkController(OutboundWork work, List<WorkHandler> handlers, OutboundProperties properties) {
        this.work = work;
        this.policies = handlers.stream().collect(Collectors.toMap(handler -> handler.kind().name(), properties::policyOf, (a, b) -> a, java.util.TreeMap::new));
    }

    /** A kind of outbound work, its policy and its queue now. */
    public record Kind(String kind, WorkPolicy policy, long backlog, long failed, double oldestSeconds) {
    }

    /** The kinds of outbound work this service does, with their policies and queues. */
    @GetMapping("/kinds")
    Flux<Kind> kinds() {
        return work.stats().collectMap(OutboundWork.Stats::kind, Function.identity())
                .flatMapMany(stats -> Flux.fromIterable(policies.entrySet()).map(entry -> {
                    OutboundWork.Stats queue = stats.getOrDefault(entry.getKey(), new OutboundWork.Stats(entry.getKey(), 0, 0, 0));
                    return new Kind(entry.getKey(), entry.getValue(), queue.backlog(), queue.failed(), queue.oldestSeconds());
                }));
    }

    /** Outbound work items in a state (FAILED by default), newest change first. */
    @GetMapping
    Flux<OutboundWork.View> list(@RequestParam(required = false) String kind, @RequestParam(defaultValue = "FAILED") String state,
                                 @RequestParam(required = false) String dossierCode, @RequestParam(defaultValue = "100") int size,
                                 @AuthenticationPrincipal Officer officer) {
        if (kind != null && !policies.containsKey(kind)) {
            throw Params.invalid("kind", "must be one of " + policies.keySet());
        }
        OutboundWork.State listed;
        try {
            listed = OutboundWork.State.valueOf(state);
        } catch (IllegalArgumentException e) {
            throw Params.invalid("state", "must be one of " + List.of(OutboundWork.State.values()));
        }
        if (dossierCode != null) {
            Params.dossierCode("dossierCode", dossierCode);
        }
        return work.list(kind, listed, scope(officer), dossierCode, Params.size("size", size));
    }

    /** One outbound work item. */
    @GetMapping("/{id}")
    Mono<OutboundWork.View> one(@PathVariable long id, @AuthenticationPrincipal Officer officer) {
        return work.one(id, scope(officer)).switchIfEmpty(Mono.error(() -> ApiException.notFound("There is no outbound work " + id + ".")));
    }

    /** Tries a FAILED or stuck item again now, with a fresh count of attempts. */
    @PostMapping("/{id}/redrive")
    @ResponseStatus(HttpStatus.ACCEPTED)
    Mono<OutboundWork.View> redrive(@PathVariable long id, @AuthenticationPrincipal Officer officer) {
        return work.redrive(id, scope(officer))
                .switchIfEmpty(Mono.error(() -> ApiException.notFound("There is no failed or pending outbound work " + id + ".")));
    }

    /** An operator's own province; null for the national operator and the administrator. */
    private static String scope(Officer officer) {
        return officer.is(Role.ADMIN) || officer.isNationalOperator() ? null : officer.unit();
    }
}
