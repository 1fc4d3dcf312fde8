package vn.gov.dossier.processing.casework;

/** Someone else took a step on the case since it was read: nothing was applied (answered 409). */
public class ConcurrentStep extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ConcurrentStep(String dossierCode) {
        super("Another step on case " + dossierCode + " came first; nothing was applied. Reload the case and try again.");
    }
}
