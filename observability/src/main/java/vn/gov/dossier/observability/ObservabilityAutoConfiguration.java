package vn.gov.dossier.observability;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;

/** Applied to every application that has this module: the services (through platform) and desk-web. */
@AutoConfiguration
public class ObservabilityAutoConfiguration {

    /** Help text for the meters registered without one (see {@code ops/check}: no meter without help text). */
    @Bean
    LibraryMeterDescriptions libraryMeterDescriptions() {
        return new LibraryMeterDescriptions();
    }
}
