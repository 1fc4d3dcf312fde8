package vn.gov.dossier.platform.boot;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * How a service starts. Each service reads {@code <service-name>.yml} rather than {@code application.yml}, so that
 * several services can share one class path (the local stack and the end-to-end tests run all five in one JVM).
 */
public final class DossierServices {

    private DossierServices() {
    }

    public static SpringApplicationBuilder builder(Class<?> application, String serviceName) {
        return new SpringApplicationBuilder(application)
                .properties("spring.config.name=" + serviceName, "spring.application.name=" + serviceName);
    }

    public static ConfigurableApplicationContext run(Class<?> application, String serviceName, String... args) {
        return builder(application, serviceName).run(args);
    }
}
