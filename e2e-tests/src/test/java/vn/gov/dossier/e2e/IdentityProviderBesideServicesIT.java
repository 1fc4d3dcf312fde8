package vn.gov.dossier.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import vn.gov.dossier.identity.IdentityProviderApplication;

/**
 * The identity provider starts, as the launcher starts it, on the class path that also carries the five services and
 * their database, Kafka and platform auto-configuration, and takes none of it.
 */
class IdentityProviderBesideServicesIT {

    @Test
    void should_start_on_the_launchers_class_path_and_publish_its_discovery_document() throws Exception {
        try (ConfigurableApplicationContext provider = IdentityProviderApplication.builder().run("--server.port=0")) {
            String issuer = "http://localhost:" + provider.getEnvironment().getRequiredProperty("local.server.port");
            HttpResponse<String> discovery = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(issuer + "/.well-known/openid-configuration"))
                    .timeout(Duration.ofSeconds(90)).build(), HttpResponse.BodyHandlers.ofString());

            assertThat(discovery.statusCode()).isEqualTo(200);
            assertThat(discovery.body()).contains("\"issuer\":\"" + issuer + "\"", "/oauth2/jwks");
            assertThat(provider.getBeanNamesForType(io.r2dbc.spi.ConnectionFactory.class)).isEmpty();
            assertThat(provider.getBeanNamesForType(org.springframework.kafka.core.KafkaAdmin.class)).isEmpty();
        }
    }
}
