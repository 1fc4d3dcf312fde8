package vn.gov.dossier.platform.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import vn.gov.dossier.platform.events.Redriving;

/**
 * Every service's re-drive (operations): {@code POST /api/v1/redrive/{dossierCode}} publishes again what this service
 * published for the dossier; {@code POST /api/v1/redrive} with {@code {"dossierCodes": [...]}} does it for many (the
 * stuck ones reporting's reconciliation lists). 202 with the count; 404 when this service published nothing for the
 * dossier within the retention window.
 */
@RestController
@RequestMapping("/api/v1/redrive")
public class RedriveController {

    static final int MAX_DOSSIERS = 1000;

    private final Redriving redriving;

    public RedriveController(Redriving redriving) {
        this.redriving = redriving;
    }

    public record Redriven(String dossierCode, long republished) {
    }

    public record Many(List<String> dossierCodes) {
    }

    public record ManyRedriven(long republished, List<String> notFound) {
    }

    /** Publishes a dossier's events again from the outbox archive (after a consumer's fault is mended). */
    @PostMapping("/{dossierCode}")
    @ResponseStatus(HttpStatus.ACCEPTED)
    Mono<Redriven> one(@PathVariable String dossierCode) {
        Params.dossierCode("dossierCode", dossierCode);
        return redriving.redrive(dossierCode)
                .flatMap(count -> count == 0
                        ? Mono.<Redriven>error(ApiException.notFound("This service published nothing for dossier " + dossierCode
                                + " within the retention window."))
                        : Mono.just(new Redriven(dossierCode, count)));
    }

    /** Publishes the events of several dossiers again from the outbox archive. */
    @PostMapping
    @ResponseStatus(HttpStatus.ACCEPTED)
    Mono<ManyRedriven> many(@RequestBody Many request) {
        List<String> codes = request == null || request.dossierCodes() == null ? List.of() : request.dossierCodes();
        List<FieldError> errors = new ArrayList<>();
        if (codes.isEmpty() || codes.size() > MAX_DOSSIERS) {
            errors.add(new FieldError("dossierCodes", "must name 1 to " + MAX_DOSSIERS + " dossiers"));
        }
        for (int i = 0; i < codes.size(); i++) {
            Params.dossierCodeViolation("dossierCodes[" + i + "]", codes.get(i)).ifPresent(errors::add);
        }
        if (!errors.isEmpty()) {
            return Mono.error(ApiException.invalid(errors));
        }
        Map<String, Long> counts = new LinkedHashMap<>();
        return Flux.fromIterable(codes).distinct()
                .concatMap(code -> redriving.redrive(code).doOnNext(count -> counts.put(code, count)))
                .then(Mono.fromSupplier(() -> new ManyRedriven(counts.values().stream().mapToLong(Long::longValue).sum(),
                        counts.entrySet().stream().filter(entry -> entry.getValue() == 0).map(Map.Entry::getKey).toList())));
    }
}
