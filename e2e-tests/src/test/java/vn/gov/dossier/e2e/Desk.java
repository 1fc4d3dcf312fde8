package vn.gov.dossier.e2e;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.test.web.reactive.server.WebTestClient;
import reactor.netty.http.client.HttpClient;
import reactor.netty.resources.ConnectionProvider;

/** What a desk application does against intake: file dossiers, as the clerk of the desk. Bodies are named for the case they stand for. */
final class Desk {

    /**
     * A new connection per request: a test's requests never wait on a pooled keep-alive connection that the server side
     * (a service just restarted, or closing an idle one) has dropped meanwhile.
     */
    private static final ReactorClientHttpConnector UNPOOLED = new ReactorClientHttpConnector(HttpClient.create(ConnectionProvider.newConnection()));

    private final WebTestClient intake;

    Desk(int intakePort) {
        this.intake = WebTestClient.bindToServer(UNPOOLED).baseUrl("http://localhost:" + intakePort).responseTimeout(Duration.ofSeconds(10)).build();
    }

    /** Files a dossier and returns its code. */
    String file(Map<String, Object> body) {
        return (String) receipt(body).get("code");
    }

    /** Files a dossier and returns the receipt (id, code, lookupSecret, …). */
    @SuppressWarnings("unchecked")
    Map<String, Object> receipt(Map<String, Object> body) {
        // Filed by the clerk of the desk the body names: a clerk files only at their own desk.
        return intake.post().uri("/api/v1/dossiers").contentType(MediaType.APPLICATION_JSON).bodyValue(body)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + Officials.token(Officials.clerk((String) body.get("receivingUnitCode"))))
                .exchange().expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody();
    }

    /** Permanent residence registration at Phường Ba Đình (Hà Nội) for a resident of Phường Tân Định (HCMC). */
    static Map<String, Object> residenceRegistrationAtBaDinhForTanDinhResident() {
        return dossier("1.004222", "00004", "DESK", "26737", null);
    }

    /** A certified copy, which the receiving commune decides itself. */
    static Map<String, Object> certifiedCopyAtBaDinh() {
        return dossier("2.000815", "00004", "DESK", "00008", null);
    }

    /** A building permit filed online at Ba Đình's desk for a house in Phường Phú Xuân (Huế). */
    static Map<String, Object> buildingPermitOnlineForAHouseInHue() {
        Map<String, Object> body = dossier("1.009122", "00004", "ONLINE", "00004", "19753");
        body.put("assistance", Map.of("helperRole", "CLERK"));
        return body;
    }

    static Map<String, Object> dossier(String procedure, String desk, String channel, String residence, String subject) {
        Map<String, Object> applicant = new LinkedHashMap<>();
        applicant.put("fullName", "Trần Thị Bình");
        applicant.put("idNumber", "046195000123");
        applicant.put("phone", "0987654321");
        applicant.put("residenceUnitCode", residence);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("procedureCode", procedure);
        body.put("receivingUnitCode", desk);
        body.put("channel", channel);
        body.put("applicant", applicant);
        if (subject != null) {
            body.put("subjectUnitCode", subject);
        }
        body.put("resultDelivery", "AT_DESK");
        return body;
    }
}
