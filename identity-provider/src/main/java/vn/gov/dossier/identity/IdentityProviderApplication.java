package vn.gov.dossier.identity;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.EnableConfigurationProperties;

/**
 * The local stack's OpenID Provider: officers sign in on a Vietnamese login page and receive JWTs that carry their
 * roles and their unit. Servlet (Spring Authorization Server runs on it), so it is an application of its own, started
 * by the launcher beside the reactive services; Keycloak plays this part in docker-compose and Kubernetes.
 */
@SpringBootApplication
@EnableConfigurationProperties(DemoAccounts.class)
public class IdentityProviderApplication {

    public static final String NAME = "identity-provider";

    public static void main(String[] args) {
        builder().run(args);
    }

    /**
     * Servlet whatever else is on the class path, and none of the services' infrastructure (the launcher's class path
     * also carries the reactive services, their database, Kafka and platform auto-configuration).
     */
    public static SpringApplicationBuilder builder() {
        return new SpringApplicationBuilder(IdentityProviderApplication.class)
                .web(WebApplicationType.SERVLET)
                .properties("spring.config.name=" + NAME, ServicesInfrastructureFilter.ISOLATED + "=true");
    }
}
