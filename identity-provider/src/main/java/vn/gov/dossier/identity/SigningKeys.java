package vn.gov.dossier.identity;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSelector;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The keys the provider signs tokens with. Kept in a folder (the local stack's data folder), one JSON Web Key a file
 * readable by its owner only, so that a restart signs with the same key and every token issued before it stays valid
 * until it expires: a crash and recovery signs nobody out. Without a folder (tests) the key lives in memory.
 *
 * <p>One key signs at a time: the newest one that is not retired. A rotation makes a new key the signing one and
 * retires the others, which stay published (in the JWK set the services verify with) for the longest token lifetime
 * plus the clock skew the services allow, then are removed. A key's {@code iat} says when it was made, its {@code exp}
 * until when a retired key is published.
 */
final class SigningKeys implements JWKSource<SecurityContext> {

    private static final Logger log = LoggerFactory.getLogger(SigningKeys.class);
    private static final String SUFFIX = ".jwk.json";

    private final Path folder;
    private final Duration publishedAfterRetirement;
    private final Clock clock;
    private List<RSAKey> keys = new ArrayList<>();

    /**
     * @param folder where the keys are kept; null: one key in memory, new at every start
     * @param publishedAfterRetirement how long a retired key stays published: the longest token lifetime plus the skew
     */
    SigningKeys(Path folder, Duration publishedAfterRetirement, Clock clock) {
        this.folder = folder;
        this.publishedAfterRetirement = publishedAfterRetirement;
        this.clock = clock;
        load();
    }

    private synchronized void load() {
        if (folder != null) {
            keys = read();
            List<RSAKey> gone = keys.stream().filter(this::expired).toList();
            gone.forEach(key -> delete(key.getKeyID()));
            keys.removeAll(gone);
        }
        if (keys.stream().noneMatch(key -> key.getExpirationTime() == null)) {
            keys.add(save(generate()));
        }
        log.info("signing tokens with key {} ({} published{})", signing().getKeyID(), keys.size(),
                folder == null ? ", in memory" : ", kept in " + folder);
    }

    /** The key that signs from now on; the others stay published until their tokens have expired. */
    synchronized String rotate() {
        Instant now = clock.instant();
        List<RSAKey> rotated = new ArrayList<>();
        for (RSAKey key : keys) {
            rotated.add(key.getExpirationTime() != null ? key
                    : save(new RSAKey.Builder(key).expirationTime(Date.from(now.plus(publishedAfterRetirement))).build()));
        }
        RSAKey next = save(generate());
        rotated.add(next);
        rotated.removeIf(this::expired);
        keys = rotated;
        log.info("signing keys rotated: {} signs from now on; {} published", next.getKeyID(), keys.size());
        return next.getKeyID();
    }

    /** What the JWK set publishes: every key whose tokens may still be in use, the signing one first (public parts only there). */
    synchronized List<RSAKey> published() {
        return keys.stream().filter(key -> !expired(key))
                .sorted(Comparator.comparing((RSAKey key) -> key.getExpirationTime() != null).thenComparing(RSAKey::getIssueTime, Comparator.reverseOrder()))
                .toList();
    }

    synchronized RSAKey signing() {
        return keys.stream().filter(key -> key.getExpirationTime() == null).max(Comparator.comparing(RSAKey::getIssueTime)).orElseThrow();
    }

    /** Every published key: the JWK set endpoint and a verifier looking a token's key up by its id both see them all. */
    @Override
    public List<JWK> get(JWKSelector selector, SecurityContext context) {
        return selector.select(new JWKSet(new ArrayList<>(published())));
    }

    /** Of the keys that can sign, the one that does (the encoder is given several after a rotation). */
    synchronized JWK signingAmong(List<JWK> candidates) {
        String signing = signing().getKeyID();
        return candidates.stream().filter(key -> signing.equals(key.getKeyID())).findFirst()
                .orElseThrow(() -> new IllegalStateException("the signing key " + signing + " is not among " + candidates.size() + " candidates"));
    }

    private boolean expired(RSAKey key) {
        return key.getExpirationTime() != null && !key.getExpirationTime().toInstant().isAfter(clock.instant());
    }

    private RSAKey generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            var pair = generator.generateKeyPair();
            return new RSAKey.Builder((RSAPublicKey) pair.getPublic()).privateKey((RSAPrivateKey) pair.getPrivate())
                    .keyID(UUID.randomUUID().toString()).keyUse(KeyUse.SIGNATURE).algorithm(JWSAlgorithm.RS256)
                    .issueTime(Date.from(clock.instant())).build();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this JVM cannot make RSA keys", e);
        }
    }

    /** Written whole (a temporary file moved into place), readable and writable by its owner only. */
    private RSAKey save(RSAKey key) {
        if (folder == null) {
            return key;
        }
        try {
            boolean posix = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
            if (!Files.isDirectory(folder)) {
                Files.createDirectories(folder);
                if (posix) {
                    Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
                }
            }
            Path temporary = folder.resolve(key.getKeyID() + ".tmp");
            Files.deleteIfExists(temporary);
            if (posix) {
                Files.createFile(temporary, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            }
            Files.writeString(temporary, key.toJSONString(), StandardCharsets.UTF_8);
            Files.move(temporary, folder.resolve(key.getKeyID() + SUFFIX), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            return key;
        } catch (IOException e) {
            throw new UncheckedIOException("could not keep the signing key in " + folder, e);
        }
    }

    private List<RSAKey> read() {
        if (!Files.isDirectory(folder)) {
            return new ArrayList<>();
        }
        List<RSAKey> found = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(path -> path.getFileName().toString().endsWith(SUFFIX)).toList()) {
                RSAKey key = RSAKey.parse(Files.readString(file, StandardCharsets.UTF_8));
                if (!key.isPrivate() || key.getIssueTime() == null) {
                    throw new IllegalStateException(file + " is not a signing key this provider wrote");
                }
                found.add(key);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the signing keys in " + folder, e);
        } catch (ParseException e) {
            throw new IllegalStateException("a signing key in " + folder + " cannot be read: " + e.getMessage(), e);
        }
        return found;
    }

    private void delete(String keyId) {
        try {
            Files.deleteIfExists(folder.resolve(keyId + SUFFIX));
        } catch (IOException e) {
            throw new UncheckedIOException("could not remove the retired key " + keyId, e);
        }
    }
}
