package vn.gov.dossier.platform.papers;

/** The store holds nothing under a checksum a record refers to: lost storage, never a user's mistake. */
public class PaperMissing extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public PaperMissing(String sha256) {
        super("No paper is stored under SHA-256 " + sha256);
    }
}
