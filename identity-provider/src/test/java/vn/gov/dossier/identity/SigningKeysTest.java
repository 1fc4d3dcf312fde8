package vn.gov.dossier.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWKMatcher;
import com.nimbusds.jose.jwk.JWKSelector;
import com.nimbusds.jose.jwk.KeyType;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SigningKeysTest {

    private static final Duration WINDOW = Duration.ofMinutes(16);

    @Test
    void should_keep_a_retired_key_published_for_the_token_lifetime_and_skew_then_remove_it(@TempDir Path folder) {
        Instant start = Instant.parse("2026-12-02T01:00:00Z");
        SigningKeys keys = new SigningKeys(folder, WINDOW, Clock.fixed(start, ZoneOffset.UTC));
        String first = keys.signing().getKeyID();

        String second = keys.rotate();

        assertThat(second).isNotEqualTo(first);
        assertThat(keys.published()).extracting(RSAKey::getKeyID).containsExactly(second, first);
        assertThat(keys.signingAmong(keys.get(new JWKSelector(signingMatcher()), null))).as("one key signs").extracting(key -> key.getKeyID())
                .isEqualTo(second);
        assertThat(keys.get(new JWKSelector(new JWKMatcher.Builder().keyID(first).build()), null)).as("a verifier finds the retired key")
                .hasSize(1);

        // Read again from the folder just before and just after the window: kept, then gone (its file removed too).
        SigningKeys restartedWithin = new SigningKeys(folder, WINDOW, Clock.fixed(start.plus(WINDOW).minusSeconds(1), ZoneOffset.UTC));
        assertThat(restartedWithin.published()).extracting(RSAKey::getKeyID).containsExactly(second, first);
        assertThat(restartedWithin.signing().getKeyID()).isEqualTo(second);
        SigningKeys restartedAfter = new SigningKeys(folder, WINDOW, Clock.fixed(start.plus(WINDOW), ZoneOffset.UTC));
        assertThat(restartedAfter.published()).extracting(RSAKey::getKeyID).containsExactly(second);
        assertThat(folder.resolve(first + ".jwk.json")).doesNotExist();
    }

    @Test
    void should_make_a_new_key_at_every_start_without_a_folder() {
        Clock clock = Clock.systemUTC();
        assertThat(new SigningKeys(null, WINDOW, clock).signing().getKeyID()).isNotEqualTo(new SigningKeys(null, WINDOW, clock).signing().getKeyID());
    }

    private static JWKMatcher signingMatcher() {
        return new JWKMatcher.Builder().keyType(KeyType.RSA).keyUses(KeyUse.SIGNATURE).algorithms(JWSAlgorithm.RS256).build();
    }
}
