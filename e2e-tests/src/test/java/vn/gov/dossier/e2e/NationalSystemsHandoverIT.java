package vn.gov.dossier.e2e;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.reactive.server.WebTestClient;
import vn.gov.dossier.infra.DatabaseEndpoint;
import vn.gov.dossier.infra.SharedInfrastructure;
import vn.gov.dossier.stack.NationalPortalStandIn;
import vn.gov.dossier.stack.OutsideSystems;
import vn.gov.dossier.stack.ServiceSpec;
import vn.gov.dossier.stack.Stack;

/**
 * The one-time hand-over: dossiers whose national work intake did before exchange-service existed (its rows written
 * here as intake's last release left them) are taken over on exchange-service's first start, and nothing already done
 * is done again: a checked applicant is not asked about, a state the portal holds is not sent, a dispatch given up
 * stays given up under its old reference; what was pending goes on.
 */
class NationalSystemsHandoverIT {

    private static Stack stack;
    private static WireMockServer population;
    private static WireMockServer postal;
    private static NationalPortalStandIn portal;
    private static DatabaseEndpoint intakeDatabase;

    @BeforeAll
    static void start() {
        population = OutsideSystems.populationDatabase(0);
        postal = OutsideSystems.postalService(0);
        portal = NationalPortalStandIn.start(0);
        intakeDatabase = SharedInfrastructure.get().database(ServiceSpec.INTAKE.database() + "_handover");
        stack = new Stack(SharedInfrastructure.get(), "_handover", Officials.trusting(List.of(
                "--dossier.national.population-url=http://localhost:" + population.port(),
                "--dossier.national.portal-url=http://localhost:" + portal.port(),
                "--dossier.national.postal-url=http://localhost:" + postal.port(),
                "--dossier.exchange.handover.intake-url=" + intakeDatabase.jdbcUrl(),
                "--dossier.exchange.handover.intake-user=" + intakeDatabase.username(),
                "--dossier.exchange.handover.intake-password=" + intakeDatabase.password())));
        stack.start(ServiceSpec.INTAKE, 0);
    }

    @AfterAll
    static void stop() {
        if (stack != null) {
            stack.close();
        }
        population.stop();
        postal.stop();
        portal.close();
    }

    @Test
    void should_take_over_what_intake_did_and_do_nothing_twice() throws SQLException {
        Desk desk = new Desk(stack.port(ServiceSpec.INTAKE));
        String done = desk.file(Desk.residenceRegistrationAtBaDinhForTanDinhResident());
        String pending = desk.file(Desk.residenceRegistrationAtBaDinhForTanDinhResident());
        long givenUp;
        try (Connection intake = DriverManager.getConnection(intakeDatabase.jdbcUrl(), intakeDatabase.username(), intakeDatabase.password())) {
            // As intake's last release left them: one dossier checked and synced, the other checked not yet, the portal
            // two versions behind, and its dispatch given up after its tries.
            update(intake, "INSERT INTO identity_check (dossier_id, status, asked_by, asked_unit, asked_at, attempts, checked_at) "
                    + "SELECT id, 'MATCHED', 'Nguyễn Thị Lan', '00004', now(), 1, now() FROM dossier WHERE code = ?", done);
            update(intake, "INSERT INTO identity_check (dossier_id, status, asked_by, asked_unit, asked_at) "
                    + "SELECT id, 'PENDING', 'Nguyễn Thị Lan', '00004', now() FROM dossier WHERE code = ?", pending);
            update(intake, "INSERT INTO portal_sync (dossier_id, version, synced_version, changed_at, next_attempt_at) "
                    + "SELECT id, 2, 2, now(), now() FROM dossier WHERE code = ?", done);
            update(intake, "INSERT INTO portal_sync (dossier_id, version, synced_version, changed_at, next_attempt_at) "
                    + "SELECT id, 3, 1, now(), now() FROM dossier WHERE code = ?", pending);
            update(intake, "UPDATE dossier SET postal_address = CAST('{\"unitCode\":\"26737\",\"street\":\"15 Trần Quang Khải\"}' AS JSONB) "
                    + "WHERE code = ?", pending);
            givenUp = insertDispatch(intake, pending);
            update(intake, "INSERT INTO messaging.outbound_work (kind, work_key, subject, payload, status, due_at, attempts, last_error, queued_at, "
                    + "updated_at) VALUES ('postal-dispatch', ?, 'x', '{}', 'FAILED', now(), 8, '422 address not served', now(), now())",
                    String.valueOf(givenUp));
        }

        stack.start(ServiceSpec.EXCHANGE, 0);

        WebTestClient national = Clients.as(stack, ServiceSpec.EXCHANGE, "clerk-00004");
        national.get().uri("/api/v1/dossiers/{code}/identity-check", done).exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.status").isEqualTo("MATCHED");
        await().atMost(Casework.PATIENCE).untilAsserted(() -> national.get().uri("/api/v1/dossiers/{code}/identity-check", pending).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.status").isEqualTo("MATCHED"));
        await().atMost(Casework.PATIENCE).untilAsserted(() -> assertThat(portal.dossier(pending))
                .hasValueSatisfying(record -> assertThat(record).containsEntry("version", 3)));
        national.get().uri("/api/v1/dossiers/{code}/postal-dispatch", pending).exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.status").isEqualTo("FAILED").jsonPath("$.attempts").isEqualTo(8);

        assertThat(population.findAll(postRequestedFor(urlEqualTo("/citizens/verify")))).as("only the check intake had not made").hasSize(1);
        assertThat(portal.dossier(done)).as("the portal held that one's state already; the replayed topics changed nothing").isEmpty();
        assertThat(postal.findAll(postRequestedFor(urlEqualTo("/shipments")))).as("the given-up dispatch waits for a person").isEmpty();
        assertThat(Clients.as(stack, ServiceSpec.EXCHANGE, "ops-national").get().uri("/api/v1/outbound-work?kind=postal-dispatch&state=FAILED")
                .exchange().expectStatus().isOk().expectBodyList(Map.class).returnResult().getResponseBody())
                .singleElement().satisfies(item -> assertThat(item).containsEntry("dossierCode", pending));
        assertThat(population.findAll(postRequestedFor(urlEqualTo("/citizens/verify"))
                .withRequestBody(matchingJsonPath("$.askedBy", equalTo("Nguyễn Thị Lan"))))).hasSize(1);
    }

    private static void update(Connection connection, String sql, String parameter) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, parameter);
            assertThat(statement.executeUpdate()).as(sql).isEqualTo(1);
        }
    }

    private static long insertDispatch(Connection connection, String code) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("INSERT INTO postal_dispatch (dossier_id, status, attempts, created_at) "
                + "SELECT id, 'PENDING', 8, now() FROM dossier WHERE code = ? RETURNING id")) {
            statement.setString(1, code);
            try (ResultSet created = statement.executeQuery()) {
                created.next();
                return created.getLong(1);
            }
        }
    }
}
