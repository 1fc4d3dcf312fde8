package vn.gov.dossier.platform.events;

/**
 * An event that can never be applied however often it is retried (no envelope, unreadable body). The binder is
 * told not to retry it: it goes straight to the dead-letter topic and the next message flows.
 */
public class PoisonEventException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public PoisonEventException(String message) {
        super(message);
    }

    public PoisonEventException(String message, Throwable cause) {
        super(message, cause);
    }
}
