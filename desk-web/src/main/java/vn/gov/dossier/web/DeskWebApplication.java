package vn.gov.dossier.web;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The web application of the desks, the back offices, operations and citizens, on its own port (8080). */
@SpringBootApplication
@ConfigurationPropertiesScan
public class DeskWebApplication {

    public static final String NAME = "desk-web";

    public static void main(String[] args) {
        builder().run(args);
    }

    /**
     * Its own configuration file ({@code desk-web.yml}), and always reactive on Netty, so that it can share a JVM (and a
     * class path holding Tomcat) with the servlet identity provider in the local stack and the tests.
     */
    public static SpringApplicationBuilder builder() {
        return new SpringApplicationBuilder(DeskWebApplication.class).main(DeskWebApplication.class).web(WebApplicationType.REACTIVE)
                .properties("spring.config.name=" + NAME, SharedClassPathFilter.ISOLATED + "=true");
    }
}
