package vn.gov.dossier.processing.result.signing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Production keys: a PKCS#12 key store the province installs (from its certification authority, or its HSM's export),
 * one entry per authority, the alias being the authority's id in lower case (e.g. {@code ca-26737}).
 */
public class KeyStoreAuthorityKeys implements AuthorityKeys {

    private final KeyStore store;
    private final char[] password;

    public KeyStoreAuthorityKeys(Path file, char[] password) {
        this.password = password.clone();
        try (InputStream in = Files.newInputStream(file)) {
            this.store = KeyStore.getInstance("PKCS12");
            store.load(in, this.password);
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("Cannot open the signing key store " + file + ": " + e.getMessage(), e);
        }
    }

    KeyStoreAuthorityKeys(KeyStore store, char[] password) {
        this.store = store;
        this.password = password.clone();
    }

    @Override
    public SigningKey of(String authorityId) {
        String alias = authorityId.toLowerCase(Locale.ROOT);
        try {
            if (!store.isKeyEntry(alias)) {
                throw new NoSigningKey(authorityId);
            }
            Certificate[] chain = store.getCertificateChain(alias);
            List<X509Certificate> certificates = Arrays.stream(chain).map(X509Certificate.class::cast).toList();
            return new SigningKey((PrivateKey) store.getKey(alias, password), certificates);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot read the signing key of " + authorityId + ": " + e.getMessage(), e);
        }
    }
}
