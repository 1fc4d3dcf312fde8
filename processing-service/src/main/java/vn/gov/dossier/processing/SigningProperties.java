package vn.gov.dossier.processing;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code dossier.signing.*}: the keys the authorities' results are signed with.
 *
 * @param keyStore a PKCS#12 file with one entry per authority (alias: the authority id in lower case); when not set,
 *     the development certificate authority in {@code developmentFolder} issues keys (the local stack, tests)
 * @param keyStorePassword the key store's password (and its entries')
 * @param developmentFolder where the development certificate authority and its keys are kept
 */
@ConfigurationProperties("dossier.signing")
public record SigningProperties(Path keyStore, String keyStorePassword, Path developmentFolder) {

    public SigningProperties {
        keyStorePassword = keyStorePassword == null ? "development-only" : keyStorePassword;
        developmentFolder = developmentFolder == null ? Path.of(System.getProperty("java.io.tmpdir"), "dossier-signing") : developmentFolder;
    }
}
