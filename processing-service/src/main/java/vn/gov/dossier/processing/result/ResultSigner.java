package vn.gov.dossier.processing.result;

/** Signs a result document in the name of the authority that decided. */
public interface ResultSigner {

    /**
     * @param pdf the document as the processor uploaded it
     * @param reason what the signature says it is for (the decision)
     * @return the signed document; {@link NotAPdf} when the bytes do not open as a PDF
     */
    byte[] sign(byte[] pdf, String authorityId, String authorityName, String reason);

    /** The bytes are not a PDF document that can be signed. */
    class NotAPdf extends RuntimeException {

        private static final long serialVersionUID = 1L;

        public NotAPdf(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
