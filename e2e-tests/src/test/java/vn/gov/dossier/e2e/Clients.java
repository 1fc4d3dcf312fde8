package vn.gov.dossier.e2e;

import java.time.Duration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.test.web.reactive.server.WebTestClient;
import reactor.netty.http.client.HttpClient;
import reactor.netty.resources.ConnectionProvider;
import vn.gov.dossier.stack.ServiceSpec;
import vn.gov.dossier.stack.Stack;

/** HTTP clients for the services of a running stack. */
final class Clients {

    /**
     * A new connection per request: a test's requests never wait on a pooled keep-alive connection that the server side
     * (a service just restarted, or closing an idle one) has dropped meanwhile.
     */
    private static final ReactorClientHttpConnector UNPOOLED = new ReactorClientHttpConnector(HttpClient.create(ConnectionProvider.newConnection()));

    /**
     * How long a client waits for one answer. A cold path (the first request of a kind, or the overall health asking
     * the database, the broker and the mail server in turn) takes more than ten seconds on a busy two-core machine, and
     * a fresh clone's CI run saw single answers pass 30 s late in the module's one long JVM.
     */
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    private Clients() {
    }

    /** A client presenting no token: the public look-up, and what an anonymous caller gets. */
    static WebTestClient of(Stack stack, ServiceSpec service) {
        return at(stack.port(service));
    }

    /** A client acting as a demo officer (e.g. {@code clerk-00004}), with their access token from the identity provider. */
    static WebTestClient as(Stack stack, ServiceSpec service, String username) {
        return at(stack.port(service)).mutate().defaultHeader(HttpHeaders.AUTHORIZATION, "Bearer " + Officials.token(username)).build();
    }

    /** The service's management port: health, probes and metrics. */
    static WebTestClient management(Stack stack, ServiceSpec service) {
        return at(stack.managementPort(service));
    }

    private static WebTestClient at(int port) {
        return WebTestClient.bindToServer(UNPOOLED).baseUrl("http://localhost:" + port).responseTimeout(PATIENCE).build();
    }
}
