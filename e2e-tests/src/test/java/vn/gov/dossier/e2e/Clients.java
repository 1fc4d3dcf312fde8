package vn.gov.dossier.e2e;

import java.time.Duration;
import org.springframework.test.web.reactive.server.WebTestClient;
import vn.gov.dossier.stack.ServiceSpec;
import vn.gov.dossier.stack.Stack;

/** HTTP clients for the services of a running stack. */
final class Clients {

    private Clients() {
    }

    static WebTestClient of(Stack stack, ServiceSpec service) {
        return WebTestClient.bindToServer().baseUrl("http://localhost:" + stack.port(service)).responseTimeout(Duration.ofSeconds(10)).build();
    }

    /** The service's management port: health, probes and metrics. */
    static WebTestClient management(Stack stack, ServiceSpec service) {
        return WebTestClient.bindToServer().baseUrl("http://localhost:" + stack.managementPort(service)).responseTimeout(Duration.ofSeconds(10)).build();
    }
}
