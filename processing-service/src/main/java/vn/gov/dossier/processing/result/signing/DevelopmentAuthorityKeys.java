package vn.gov.dossier.processing.result.signing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * The local stack's keys: a development certificate authority, created at first use, and one key per authority issued
 * by it when that authority first signs, all kept in PKCS#12 files in a folder of the data directory so that they
 * survive restarts (a result signed yesterday verifies against the same authority certificate today). The
 * certificates say plainly that they are for development; production configures {@link KeyStoreAuthorityKeys}.
 */
public class DevelopmentAuthorityKeys implements AuthorityKeys {

    private static final String CA_ALIAS = "development-ca";
    private static final Duration VALIDITY = Duration.ofDays(3650);

    private final Path file;
    private final char[] password;
    private final SecureRandom random = new SecureRandom();
    private KeyStore store;

    /** @param folder where {@code authority-keys.p12} lives (created when missing) */
    public DevelopmentAuthorityKeys(Path folder, char[] password) {
        this.file = folder.resolve("authority-keys.p12");
        this.password = password.clone();
    }

    @Override
    public synchronized SigningKey of(String authorityId) {
        String alias = authorityId.toLowerCase(Locale.ROOT);
        try {
            KeyStore keys = keys();
            if (!keys.isKeyEntry(alias)) {
                issue(keys, alias, authorityId);
                save(keys);
            }
            Certificate[] chain = keys.getCertificateChain(alias);
            return new SigningKey((PrivateKey) keys.getKey(alias, password),
                    Arrays.stream(chain).map(X509Certificate.class::cast).toList());
        } catch (GeneralSecurityException | IOException | OperatorCreationException e) {
            throw new IllegalStateException("Cannot make the development signing key of " + authorityId + ": " + e.getMessage(), e);
        }
    }

    /** The development certificate authority's certificate, for verifying what the local stack signed. */
    public synchronized X509Certificate authority() {
        try {
            return (X509Certificate) keys().getCertificate(CA_ALIAS);
        } catch (GeneralSecurityException | IOException | OperatorCreationException e) {
            throw new IllegalStateException("Cannot open the development certificate authority: " + e.getMessage(), e);
        }
    }

    private KeyStore keys() throws GeneralSecurityException, IOException, OperatorCreationException {
        if (store != null) {
            return store;
        }
        KeyStore keys = KeyStore.getInstance("PKCS12");
        if (Files.exists(file)) {
            try (InputStream in = Files.newInputStream(file)) {
                keys.load(in, password);
            }
        } else {
            keys.load(null, password);
            KeyPair ca = keyPair();
            X500Name name = name("Dossier development CA - NOT FOR PRODUCTION", "Dossier local stack");
            X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(name, serial(), Date.from(Instant.now().minus(Duration.ofDays(1))),
                    Date.from(Instant.now().plus(VALIDITY)), name, ca.getPublic())
                    .addExtension(Extension.basicConstraints, true, new BasicConstraints(0))
                    .addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
            X509Certificate certificate = certificate(builder, ca.getPrivate());
            keys.setKeyEntry(CA_ALIAS, ca.getPrivate(), password, new Certificate[] {certificate});
            save(keys);
        }
        store = keys;
        return keys;
    }

    private void issue(KeyStore keys, String alias, String authorityId) throws GeneralSecurityException, OperatorCreationException, IOException {
        X509Certificate caCertificate = (X509Certificate) keys.getCertificate(CA_ALIAS);
        PrivateKey caKey = (PrivateKey) keys.getKey(CA_ALIAS, password);
        KeyPair pair = keyPair();
        X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(caCertificate, serial(),
                Date.from(Instant.now().minus(Duration.ofDays(1))), Date.from(Instant.now().plus(VALIDITY)),
                name(authorityId + " (development key)", "Dossier local stack"), pair.getPublic())
                .addExtension(Extension.basicConstraints, true, new BasicConstraints(false))
                .addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
        keys.setKeyEntry(alias, pair.getPrivate(), password, new Certificate[] {certificate(builder, caKey), caCertificate});
    }

    private void save(KeyStore keys) throws GeneralSecurityException, IOException {
        Files.createDirectories(file.getParent());
        Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
        try (OutputStream out = Files.newOutputStream(temporary)) {
            keys.store(out, password);
        }
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static X509Certificate certificate(X509v3CertificateBuilder builder, PrivateKey issuerKey)
            throws OperatorCreationException, GeneralSecurityException {
        return new JcaX509CertificateConverter().getCertificate(builder.build(new JcaContentSignerBuilder("SHA256withECDSA").build(issuerKey)));
    }

    private static X500Name name(String commonName, String organisation) {
        return new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.C, "VN").addRDN(BCStyle.O, organisation).addRDN(BCStyle.CN, commonName)
                .build();
    }

    private KeyPair keyPair() throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"), random);
        return generator.generateKeyPair();
    }

    private BigInteger serial() {
        return new BigInteger(127, random);
    }

    /** For tests and tools: the authorities issued so far. */
    synchronized List<String> issued() throws GeneralSecurityException, IOException, OperatorCreationException {
        return Collections.list(keys().aliases()).stream().filter(alias -> !alias.equals(CA_ALIAS)).sorted().toList();
    }
}
