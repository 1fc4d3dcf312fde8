package vn.gov.dossier.processing.result.signing;

import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.List;

/** Where each authority's signing key and certificate chain come from. */
public interface AuthorityKeys {

    /** @throws NoSigningKey when none is configured for the authority */
    SigningKey of(String authorityId);

    /** A private key with its certificate first, then the certificates that issued it. */
    record SigningKey(PrivateKey privateKey, List<X509Certificate> chain) {

        public SigningKey {
            chain = List.copyOf(chain);
        }

        public X509Certificate certificate() {
            return chain.get(0);
        }
    }

    /** The authority has no key here: its results cannot be signed until operations installs one. */
    class NoSigningKey extends RuntimeException {

        private static final long serialVersionUID = 1L;

        public NoSigningKey(String authorityId) {
            super("No signing key is installed for authority " + authorityId);
        }
    }
}
