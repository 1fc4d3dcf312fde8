package vn.gov.dossier.platform.papers;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/** The paper store as {@code dossier.papers.store} says, and the upload checks, in every service that keeps papers. */
@AutoConfiguration
@EnableConfigurationProperties(PapersProperties.class)
public class PapersAutoConfiguration {

    private static final Logger log = LoggerFactory.getLogger(PapersAutoConfiguration.class);

    @Bean
    @ConditionalOnMissingBean
    PaperStore paperStore(PapersProperties properties) {
        PaperStore store = switch (properties.store()) {
            case "filesystem" -> new FileSystemPaperStore(properties.directory());
            case "s3" -> S3PaperStore.of(properties.s3());
            default -> throw new IllegalStateException("dossier.papers.store must be filesystem or s3, not " + properties.store());
        };
        log.info("papers are stored in the {}", store.describe());
        return store;
    }

    @Bean
    @ConditionalOnMissingBean
    ReceivingPapers receivingPapers(PaperStore store, PapersProperties properties) {
        return new ReceivingPapers(store, properties.limits(), properties.directory().resolve(".staging"));
    }
}
