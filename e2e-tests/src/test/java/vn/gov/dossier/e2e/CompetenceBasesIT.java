package vn.gov.dossier.e2e;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.test.web.reactive.server.WebTestClient;
import vn.gov.dossier.infra.SharedInfrastructure;
import vn.gov.dossier.stack.ServiceSpec;
import vn.gov.dossier.stack.Stack;

/**
 * For each competence basis, a dossier filed at a desk in one province for an applicant living (or a subject lying) in
 * another reaches the right authority with the right flags, at intake, routing and processing alike.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CompetenceBasesIT {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private Stack stack;

    @BeforeAll
    void start() {
        stack = new Stack(SharedInfrastructure.get(), "_bases", Officials.trusting(List.of()));
        stack.start(ServiceSpec.INTAKE, 0);
        stack.start(ServiceSpec.ROUTING, 0);
        stack.start(ServiceSpec.PROCESSING, 0);
    }

    @AfterAll
    void stop() {
        if (stack != null) {
            stack.close();
        }
    }

    @ParameterizedTest(name = "{0}: {1} at desk {2} → {6}")
    @CsvSource(nullValues = "-", value = {
            // basis,                        procedure, desk,  residence, subject, rule,                          authority,  cross, inter
            "commune of residence,           1.004222,  00004, 26737,     -,       RESIDENCE/COMMUNE/CA,          CA-26737,   true,  true",
            "commune where the subject lies, 1.009122,  00004, 00004,     19753,   SUBJECT_LOCATION/COMMUNE/UBND, UBND-19753, true,  true",
            "province of residence,          3.000333,  00004, 26737,     -,       RESIDENCE/PROVINCE/STP,        STP-79,     true,  true",
            "province where the land lies,   1.011441,  00004, 00004,     19753,   SUBJECT_LOCATION/PROVINCE/SNNMT, SNNMT-46, true,  true",
            "national agency,                1.001308,  19753, 19753,     -,       NONE/NATIONAL/BNG,             BNG,        true,  false",
            "the receiving commune itself,   2.000815,  26737, 00004,     -,       RECEIVING_UNIT/COMMUNE/UBND,   UBND-26737, false, false"})
    void should_route_by_each_competence_basis(String basis, String procedure, String desk, String residence, String subject, String rule,
                                               String authority, boolean crossBoundary, boolean interProvincial) {
        String code = new Desk(stack.port(ServiceSpec.INTAKE)).file(Desk.dossier(procedure, desk, "DESK", residence, subject));

        await().atMost(PATIENCE).untilAsserted(() -> client(ServiceSpec.INTAKE, Officials.clerk(desk)).get().uri("/api/v1/dossiers/{code}", code).exchange()
                .expectBody()
                .jsonPath("$.status").isEqualTo("ROUTED")
                .jsonPath("$.authority.id").isEqualTo(authority)
                .jsonPath("$.crossBoundary").isEqualTo(crossBoundary));
        client(ServiceSpec.ROUTING, Officials.clerk(desk)).get().uri("/api/v1/routing/decisions/{code}", code).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.rule").isEqualTo(rule)
                .jsonPath("$.authority.id").isEqualTo(authority)
                .jsonPath("$.crossBoundary").isEqualTo(crossBoundary)
                .jsonPath("$.interProvincial").isEqualTo(interProvincial);
        await().atMost(PATIENCE).untilAsserted(() -> client(ServiceSpec.PROCESSING, Officials.processor(authority)).get().uri("/api/v1/cases/{code}", code).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.authority.id").isEqualTo(authority)
                .jsonPath("$.status").isEqualTo("ROUTED"));
    }

    private WebTestClient client(ServiceSpec service, String officer) {
        return Clients.as(stack, service, officer);
    }
}
