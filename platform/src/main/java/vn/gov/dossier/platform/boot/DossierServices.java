package vn.gov.dossier.platform.boot;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * How a service starts. Each service reads {@code <service-name>.yml} rather than {@code application.yml}, so that
 * several services can share one class path (the local stack and the end-to-end tests run all five in one JVM, beside
 * the servlet identity provider). A service is always reactive on Netty, whatever else that class path carries, and
 * Spring Boot's default security (a generated password on every endpoint) is kept out: the identity provider's
 * libraries on a shared class path must not change what a service answers.
 */
public final class DossierServices {

    private DossierServices() {
    }

    /** Auto-configurations a service never wants, whatever its class path holds. */
    static final String EXCLUDED = String.join(",",
            "org.springframework.boot.tomcat.autoconfigure.reactive.TomcatReactiveWebServerAutoConfiguration",
            "org.springframework.boot.tomcat.autoconfigure.actuate.web.server.TomcatReactiveManagementContextAutoConfiguration",
            "org.springframework.boot.security.autoconfigure.web.reactive.ReactiveWebSecurityAutoConfiguration",
            "org.springframework.boot.security.autoconfigure.ReactiveUserDetailsServiceAutoConfiguration",
            "org.springframework.boot.security.autoconfigure.actuate.web.reactive.ReactiveManagementWebSecurityAutoConfiguration");

    public static SpringApplicationBuilder builder(Class<?> application, String serviceName) {
        return new SpringApplicationBuilder(application)
                .web(WebApplicationType.REACTIVE)
                .properties("spring.config.name=" + serviceName, "spring.application.name=" + serviceName,
                        "spring.autoconfigure.exclude=" + EXCLUDED);
    }

    public static ConfigurableApplicationContext run(Class<?> application, String serviceName, String... args) {
        return builder(application, serviceName).run(args);
    }
}
