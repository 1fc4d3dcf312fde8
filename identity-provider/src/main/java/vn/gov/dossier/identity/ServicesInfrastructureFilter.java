package vn.gov.dossier.identity;

import java.util.List;
import org.springframework.boot.autoconfigure.AutoConfigurationImportFilter;
import org.springframework.boot.autoconfigure.AutoConfigurationMetadata;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;

/**
 * Keeps the services' infrastructure out of the identity provider when they share a class path (the local stack runs
 * all of them in one JVM): no database, Flyway, Kafka, binder, resilience or service platform auto-configuration in
 * the provider's context. Active only in a context that sets {@value #ISOLATED}; every other context is untouched.
 */
public class ServicesInfrastructureFilter implements AutoConfigurationImportFilter, EnvironmentAware {

    static final String ISOLATED = "identity.isolated-from-services";

    private static final List<String> SERVICES_ONLY = List.of(
            "org.springframework.boot.r2dbc.", "org.springframework.boot.data.", "org.springframework.boot.flyway.",
            "org.springframework.boot.jdbc.", "org.springframework.boot.sql.", "org.springframework.boot.kafka.",
            "org.springframework.boot.mail.", "org.springframework.boot.integration.", "org.springframework.boot.webflux.",
            "org.springframework.cloud.", "org.springdoc.", "io.github.resilience4j.", "vn.gov.dossier.");

    private boolean active;

    @Override
    public void setEnvironment(Environment environment) {
        active = environment.getProperty(ISOLATED, Boolean.class, false);
    }

    @Override
    public boolean[] match(String[] autoConfigurationClasses, AutoConfigurationMetadata metadata) {
        boolean[] matches = new boolean[autoConfigurationClasses.length];
        for (int i = 0; i < autoConfigurationClasses.length; i++) {
            String candidate = autoConfigurationClasses[i];
            matches[i] = !active || candidate == null || SERVICES_ONLY.stream().noneMatch(candidate::startsWith);
        }
        return matches;
    }
}
