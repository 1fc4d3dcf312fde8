package vn.gov.dossier.identity;

import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The administrator rotates the signing key ({@code ops/rotate-signing-key}) and sees which keys are published. */
@RestController
@RequestMapping("/signing-keys")
class SigningKeysController {

    private final SigningKeys keys;

    SigningKeysController(SigningKeys keys) {
        this.keys = keys;
    }

    /** The key ids published, newest first; the first one that is not retired signs. */
    @GetMapping
    Map<String, Object> list() {
        return Map.of("signing", keys.signing().getKeyID(), "published", keys.published().stream().map(key -> Map.of("kid", key.getKeyID(),
                "madeAt", key.getIssueTime().toInstant().toString(),
                "retiredUntil", key.getExpirationTime() == null ? "" : key.getExpirationTime().toInstant().toString())).toList());
    }

    /** A new key signs from now on; the previous one stays published until the tokens it signed have expired. */
    @PostMapping("/rotate")
    Map<String, Object> rotate() {
        String next = keys.rotate();
        return Map.of("signing", next, "published", keys.published().stream().map(key -> key.getKeyID()).toList());
    }
}
