package vn.gov.dossier.infra;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Small scans of each type a desk takes, and one it must refuse, with the checksum a scanner would declare. */
public final class SamplePapers {

    public static final byte[] PDF = pdf("Tờ khai");
    public static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 0, 1, 0, 0, 0, 1, 8, 2,
            0, 0, 0};
    public static final byte[] JPEG = {(byte) 0xff, (byte) 0xd8, (byte) 0xff, (byte) 0xe0, 0, 16, 'J', 'F', 'I', 'F', 0, 1, 1, 0, 0, 1, 0, 1, 0,
            0, (byte) 0xff, (byte) 0xd9};
    /** A Windows executable's first bytes ("MZ" and the DOS stub's message): what a renamed program looks like. */
    public static final byte[] EXE = ("MZ\u0090\u0000\u0003\u0000\u0000\u0000\u0004\u0000\u0000\u0000\u00ff\u00ff\u0000\u0000"
            + "This program cannot be run in DOS mode.").getBytes(StandardCharsets.ISO_8859_1);

    private SamplePapers() {
    }

    /** A small PDF whose bytes differ by its text. */
    public static byte[] pdf(String text) {
        return ("%PDF-1.7\n% " + text + "\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n").getBytes(StandardCharsets.UTF_8);
    }

    public static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
