package vn.gov.dossier.intake.payments;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The payment platform signs each callback's body with the secret it shares with intake: HMAC-SHA256, hex, in header
 * {@value #HEADER}. A callback whose signature does not match is refused and changes nothing.
 */
public final class CallbackSignature {

    public static final String HEADER = "X-Payment-Signature";
    private static final String ALGORITHM = "HmacSHA256";

    private final byte[] secret;

    public CallbackSignature(String secret) {
        if (secret == null || secret.length() < 16) {
            throw new IllegalStateException("dossier.payment.callback-secret must hold at least 16 characters");
        }
        this.secret = secret.getBytes(StandardCharsets.UTF_8);
    }

    public String sign(byte[] body) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(secret, ALGORITHM));
            return HexFormat.of().formatHex(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Compared in constant time. */
    public boolean matches(byte[] body, String signature) {
        return signature != null && MessageDigest.isEqual(sign(body).getBytes(StandardCharsets.US_ASCII),
                signature.trim().toLowerCase(java.util.Locale.ROOT).getBytes(StandardCharsets.US_ASCII));
    }
}
