package vn.gov.dossier.intake.registration;

import java.security.SecureRandom;

/**
 * The secret printed on the receipt beside the code, for the citizen's public look-up. Ten characters from an
 * alphabet without look-alikes (no 0/O, 1/I/L), about 49 bits: enough against guessing at any rate the public
 * endpoint allows.
 */
public final class LookupSecret {

    private static final char[] ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ".toCharArray();
    private static final int LENGTH = 10;
    private static final SecureRandom RANDOM = new SecureRandom();

    private LookupSecret() {
    }

    public static String generate() {
        return generate(LENGTH);
    }

    /** A code of this length from the same alphabet (a draft's code, read aloud at a desk). */
    public static String generate(int length) {
        char[] secret = new char[length];
        for (int i = 0; i < length; i++) {
            secret[i] = ALPHABET[RANDOM.nextInt(ALPHABET.length)];
        }
        return new String(secret);
    }

    /** Compares in constant time, so that response times reveal nothing about a wrong guess. */
    public static boolean matches(String expected, String given) {
        if (expected == null || given == null) {
            return false;
        }
        return java.security.MessageDigest.isEqual(expected.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                given.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
}
