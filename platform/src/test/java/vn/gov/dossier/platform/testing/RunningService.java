package vn.gov.dossier.platform.testing;

import java.time.Duration;
import java.util.Arrays;
import java.util.stream.Stream;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.HttpHeaders;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.test.web.reactive.server.WebTestClient;
import reactor.netty.http.client.HttpClient;
import reactor.netty.resources.ConnectionProvider;
import vn.gov.dossier.infra.Infrastructure;
import vn.gov.dossier.infra.KafkaProbe;
import vn.gov.dossier.infra.SharedInfrastructure;
import vn.gov.dossier.infra.TestIssuer;
import vn.gov.dossier.platform.boot.DossierServices;

/** One service started for a test class on the JVM's shared Kafka broker and PostgreSQL, with its own database. */
public final class RunningService implements AutoCloseable {

    /**
     * A new connection per request: a test's requests never wait on a pooled keep-alive connection that the server side
     * (a service just restarted, or closing an idle one) has dropped meanwhile.
     */
    private static final ReactorClientHttpConnector UNPOOLED = new ReactorClientHttpConnector(HttpClient.create(ConnectionProvider.newConnection()));

    private final ConfigurableApplicationContext context;
    private final Infrastructure infrastructure;
    private final WebTestClient http;
    private final KafkaProbe kafka;

    private RunningService(ConfigurableApplicationContext context, Infrastructure infrastructure) {
        this.context = context;
        this.infrastructure = infrastructure;
        this.http = WebTestClient.bindToServer(UNPOOLED).baseUrl("http://localhost:" + context.getEnvironment().getProperty("local.server.port"))
                .responseTimeout(Duration.ofSeconds(20)).build();
        this.kafka = new KafkaProbe(infrastructure.kafkaBootstrapServers());
    }

    public static RunningService start(Class<?> application, String serviceName, String database) {
        return start(application, serviceName, database, new String[0]);
    }

    /** @param extraArguments more settings, e.g. {@code --dossier.processing.deadline-watch=PT0.2S} */
    public static RunningService start(Class<?> application, String serviceName, String database, String... extraArguments) {
        Infrastructure infrastructure = SharedInfrastructure.get();
        String[] arguments = Stream.of(Arrays.stream(infrastructure.serviceArguments(database, 0)), TestIssuer.shared().serviceArguments().stream(),
                Arrays.stream(extraArguments)).flatMap(s -> s).toArray(String[]::new);
        return new RunningService(DossierServices.builder(application, serviceName).run(arguments), infrastructure);
    }

    /** The port this service's HTTP server listens on. */
    public int port() {
        return Integer.parseInt(context.getEnvironment().getRequiredProperty("local.server.port"));
    }

    /** A client that presents no token: for the public look-up, and for what an anonymous caller gets. */
    public WebTestClient http() {
        return http;
    }

    /** A client acting as an officer in {@code role} at {@code unit} (null for none), with a token from the test issuer. */
    public WebTestClient as(String role, String unit) {
        return withToken(TestIssuer.shared().token(role, unit));
    }

    /** A client presenting this token, whatever it is. */
    public WebTestClient withToken(String token) {
        return http.mutate().defaultHeader(HttpHeaders.AUTHORIZATION, "Bearer " + token).build();
    }

    /** The management port's client: health, probes and metrics are served there, not on the public port. */
    public WebTestClient management() {
        return WebTestClient.bindToServer(UNPOOLED).baseUrl("http://localhost:" + context.getEnvironment().getRequiredProperty("local.management.port"))
                // A Prometheus scrape with every latency histogram passes the default 256 KB.
                .codecs(codecs -> codecs.defaultCodecs().maxInMemorySize(16 * 1024 * 1024))
                .responseTimeout(Duration.ofSeconds(20)).build();
    }

    public KafkaProbe kafka() {
        return kafka;
    }

    public Infrastructure infrastructure() {
        return infrastructure;
    }

    public <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    @Override
    public void close() {
        context.close();
    }
}
