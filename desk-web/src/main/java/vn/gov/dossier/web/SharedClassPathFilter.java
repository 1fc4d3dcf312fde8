package vn.gov.dossier.web;

import java.util.List;
import org.springframework.boot.autoconfigure.AutoConfigurationImportFilter;
import org.springframework.boot.autoconfigure.AutoConfigurationMetadata;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;

/**
 * desk-web holds no data and speaks to no broker: where it shares a class path with the services (the local stack and
 * the end-to-end tests run everything in one JVM), their database, Flyway, Kafka, binder, mail, resilience and
 * platform auto-configuration stay out of its context, and Netty (not the identity provider's Tomcat) serves it.
 * Active only in a context that sets {@value #ISOLATED}; every other context is untouched.
 */
public class SharedClassPathFilter implements AutoConfigurationImportFilter, EnvironmentAware {

    static final String ISOLATED = "desk-web.isolated-from-services";

    private static final List<String> NOT_FOR_THE_WEB = List.of(
            "org.springframework.boot.r2dbc.", "org.springframework.boot.data.", "org.springframework.boot.flyway.",
            "org.springframework.boot.jdbc.", "org.springframework.boot.sql.", "org.springframework.boot.kafka.",
            "org.springframework.boot.mail.", "org.springframework.boot.integration.", "org.springframework.boot.tomcat.",
            "org.springframework.boot.security.oauth2.server.", "org.springframework.cloud.", "org.springdoc.",
            "io.github.resilience4j.", "vn.gov.dossier.platform.");

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
            matches[i] = !active || candidate == null || NOT_FOR_THE_WEB.stream().noneMatch(candidate::startsWith);
        }
        return matches;
    }
}
