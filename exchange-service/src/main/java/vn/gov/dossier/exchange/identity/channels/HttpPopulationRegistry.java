package vn.gov.dossier.exchange.identity.channels;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.springframework.http.MediaType;
import reactor.core.publisher.Mono;
import vn.gov.dossier.exchange.identity.PopulationRegistry;
import vn.gov.dossier.platform.outbound.OutsideSystem;

/**
 * The population database over HTTP, behind the circuit breaker {@code population}: {@code POST /citizens/verify} with
 * {@code {"idNumber", "fullName", "birthDate", "askedBy", "askedUnit"}} answers {@code {"result": "MATCHED" |
 * "MISMATCHED" | "NOT_FOUND"}}.
 */
public class HttpPopulationRegistry implements PopulationRegistry {

    private final OutsideSystem system;

    public HttpPopulationRegistry(OutsideSystem system) {
        this.system = system;
    }

    record Answer(String result) {
    }

    @Override
    public Mono<Verdict> check(String idNumber, String fullName, LocalDate birthDate, String askedBy, String askedUnit) {
        Map<String, Object> body = new HashMap<>();
        body.put("idNumber", idNumber);
        body.put("fullName", fullName);
        body.put("birthDate", birthDate == null ? null : birthDate.toString());
        body.put("askedBy", askedBy);
        body.put("askedUnit", askedUnit);
        return system.call(system.http().post().uri("/citizens/verify").contentType(MediaType.APPLICATION_JSON).bodyValue(body).retrieve().bodyToMono(Answer.class)
                .map(answer -> Verdict.valueOf(answer.result())));
    }
}
