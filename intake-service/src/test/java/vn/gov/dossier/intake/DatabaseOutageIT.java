package vn.gov.dossier.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import vn.gov.dossier.infra.DatabaseEndpoint;
import vn.gov.dossier.platform.testing.RunningService;

/** What a desk sees when intake's database is out of reach: a clear 503 to retry, and the dossier taken once it is back. */
class DatabaseOutageIT {

    private static final String DATABASE = "intake_outage";
    private static final String RENAMED = "intake_outage_away";

    private static RunningService intake;
    private static DatabaseEndpoint endpoint;
    private static WebTestClient http;

    @BeforeAll
    static void start() {
        intake = RunningService.start(IntakeApplication.class, IntakeApplication.NAME, DATABASE);
        endpoint = intake.infrastructure().database(DATABASE);
        http = intake.as("CLERK", "00004");
    }

    @AfterAll
    static void stop() {
        if (intake != null) {
            intake.close();
        }
    }

    @Test
    void should_answer_503_with_retry_after_while_the_database_is_away_and_accept_again_when_it_is_back() throws Exception {
        takeTheDatabaseAway();
        try {
            http.post().uri("/api/v1/dossiers").contentType(MediaType.APPLICATION_JSON)
                    .bodyValue(DossierRequests.residenceRegistrationAtBaDinhForTanDinhResident()).exchange()
                    .expectStatus().isEqualTo(HttpStatus.SERVICE_UNAVAILABLE)
                    .expectHeader().valueEquals("Retry-After", "5")
                    .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .expectBody().jsonPath("$.type").isEqualTo("urn:problem-type:dossier:unavailable");
        } finally {
            bringTheDatabaseBack();
        }
        // As a desk would after the Retry-After: the same request with its key, until the service answers. Background work
        // (identity checks, the portal sync, refunds) polls the database too, so the pool may still hand out a connection
        // of the outage for a moment; what counts is that the dossier is accepted, once, as soon as the database is back.
        String code = await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofSeconds(1))
                .until(() -> http.post().uri("/api/v1/dossiers").contentType(MediaType.APPLICATION_JSON).header("Idempotency-Key", "after-outage")
                        .bodyValue(DossierRequests.residenceRegistrationAtBaDinhForTanDinhResident()).exchange()
                        .expectBody(Map.class).returnResult(), answer -> answer.getStatus().value() == 201)
                .getResponseBody().get("code").toString();
        assertThat(code).startsWith("00004-");
    }

    /** Renaming the database (after cutting its sessions) makes every new connection fail, as an outage would. */
    private static void takeTheDatabaseAway() throws Exception {
        admin("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '" + DATABASE + "' AND pid <> pg_backend_pid()",
                "ALTER DATABASE " + DATABASE + " RENAME TO " + RENAMED);
    }

    private static void bringTheDatabaseBack() throws Exception {
        admin("ALTER DATABASE " + RENAMED + " RENAME TO " + DATABASE);
    }

    private static void admin(String... statements) throws Exception {
        String url = "jdbc:postgresql://" + endpoint.host() + ":" + endpoint.port() + "/postgres";
        try (Connection connection = DriverManager.getConnection(url, endpoint.username(), endpoint.password());
             Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }
}
