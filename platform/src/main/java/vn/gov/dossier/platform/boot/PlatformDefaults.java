package vn.gov.dossier.platform.boot;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.ResourcePropertySource;

/**
 * Adds {@code dossier-platform-defaults.properties} (retries, dead-lettering, probes, metrics exposure, pool sizes)
 * below every other property source, so each service inherits them and may still override any of them.
 */
public class PlatformDefaults implements EnvironmentPostProcessor {

    static final String RESOURCE = "dossier-platform-defaults.properties";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        try {
            environment.getPropertySources().addLast(new ResourcePropertySource("dossierPlatformDefaults", new ClassPathResource(RESOURCE)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
